using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.26 GetVariableResultType: Result of reading one component variable, in
/// GetVariablesResponse.
/// </summary>
public sealed record GetVariableResultType
{
    public required GetVariableStatusEnumType AttributeStatus { get; init; }

    /// <summary>Absent means Actual.</summary>
    public AttributeEnumType? AttributeType { get; init; }

    /// <summary>May only be absent when attributeStatus is not Accepted.</summary>
    [MaxLength(2500)]
    public string? AttributeValue { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public StatusInfoType? AttributeStatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
