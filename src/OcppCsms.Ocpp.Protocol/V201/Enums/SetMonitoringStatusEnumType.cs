namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.77 SetMonitoringStatusEnumType: Result of setting one monitor
/// (SetMonitoringResultType.status).
/// </summary>
public enum SetMonitoringStatusEnumType
{
    Accepted,
    UnknownComponent,
    UnknownVariable,
    UnsupportedMonitorType,
    Rejected,
    Duplicate,
}
