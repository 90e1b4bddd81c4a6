namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.20 ClearMonitoringStatusEnumType: Result of clearing one monitor
/// (ClearMonitoringResultType.status).
/// </summary>
public enum ClearMonitoringStatusEnumType
{
    Accepted,
    Rejected,
    NotFound,
}
