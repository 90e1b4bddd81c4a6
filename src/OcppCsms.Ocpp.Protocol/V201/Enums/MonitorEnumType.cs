namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.55 MonitorEnumType: Type of a monitor: upper or lower threshold, delta, periodic or clock-
/// aligned periodic.
/// </summary>
public enum MonitorEnumType
{
    UpperThreshold,
    LowerThreshold,
    Delta,
    Periodic,
    PeriodicClockAligned,
}
