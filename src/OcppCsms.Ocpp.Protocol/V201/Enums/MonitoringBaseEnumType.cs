namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.56 MonitoringBaseEnumType: Which monitoring base SetMonitoringBaseRequest activates
/// (descriptions as updated by the 2025-09 errata).
/// </summary>
public enum MonitoringBaseEnumType
{
    /// <summary>
    /// Activate all pre-configured monitors, keeping custom monitors (also those overruling a pre-configured one).
    /// </summary>
    All,

    /// <summary>
    /// (Re)activate the manufacturer's recommended monitors (a subset of the pre-configured ones) and remove all
    /// custom monitors.
    /// </summary>
    FactoryDefault,

    /// <summary>Remove all custom monitors and disable all pre-configured monitors.</summary>
    HardWiredOnly,
}
