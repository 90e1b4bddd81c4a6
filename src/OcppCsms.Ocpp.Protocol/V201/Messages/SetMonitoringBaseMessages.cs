namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.53.1 SetMonitoringBaseRequest (use case N03): the CSMS chooses which set of monitors the
/// station runs.
/// </summary>
public sealed record SetMonitoringBaseRequest
{
    public required MonitoringBaseEnumType MonitoringBase { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.53.2 SetMonitoringBaseResponse.</summary>
public sealed record SetMonitoringBaseResponse
{
    public required GenericDeviceModelStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
