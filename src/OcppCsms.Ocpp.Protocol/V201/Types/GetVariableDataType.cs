namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.25 GetVariableDataType: A component variable whose attribute GetVariablesRequest reads.
/// </summary>
public sealed record GetVariableDataType
{
    /// <summary>Absent means Actual.</summary>
    public AttributeEnumType? AttributeType { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public CustomDataType? CustomData { get; init; }
}
