namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.54.1 SetMonitoringLevelRequest (use case N05): the CSMS sets the least severe level of events
/// the station reports.
/// </summary>
public sealed record SetMonitoringLevelRequest
{
    /// <summary>Events of this severity or more severe (a lower number) are reported; 0 Danger to 9 Debug.</summary>
    public required int Severity { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.54.2 SetMonitoringLevelResponse.</summary>
public sealed record SetMonitoringLevelResponse
{
    public required GenericStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
