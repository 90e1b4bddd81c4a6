namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.57 MonitoringCriterionEnumType: Which monitors GetMonitoringReportRequest asks for, by
/// monitor type.
/// </summary>
public enum MonitoringCriterionEnumType
{
    ThresholdMonitoring,
    DeltaMonitoring,
    PeriodicMonitoring,
}
