namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.43 SetMonitoringResultType: Result of setting one monitor, in
/// SetVariableMonitoringResponse.
/// </summary>
public sealed record SetMonitoringResultType
{
    /// <summary>Id the Charging Station gave the monitor; only when status is Accepted.</summary>
    public int? Id { get; init; }

    public required SetMonitoringStatusEnumType Status { get; init; }

    public required MonitorEnumType Type { get; init; }

    /// <summary>
    /// Severity 0 (danger) to 9 (debug) of the events this monitor triggers (the spec says 0..9; the schema sets no
    /// bounds, so neither does this record).
    /// </summary>
    public required int Severity { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
