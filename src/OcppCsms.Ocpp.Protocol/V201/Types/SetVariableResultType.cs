namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.45 SetVariableResultType: Result of setting one component variable, in
/// SetVariablesResponse.
/// </summary>
public sealed record SetVariableResultType
{
    /// <summary>Absent means Actual.</summary>
    public AttributeEnumType? AttributeType { get; init; }

    public required SetVariableStatusEnumType AttributeStatus { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public StatusInfoType? AttributeStatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
