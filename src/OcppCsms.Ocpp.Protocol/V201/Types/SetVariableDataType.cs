using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.44 SetVariableDataType: A value SetVariablesRequest writes to an attribute of a component
/// variable.
/// </summary>
public sealed record SetVariableDataType
{
    /// <summary>Absent means Actual.</summary>
    public AttributeEnumType? AttributeType { get; init; }

    /// <summary>The value to set, as a string whatever the variable's data type.</summary>
    [MaxLength(1000)]
    public required string AttributeValue { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public CustomDataType? CustomData { get; init; }
}
