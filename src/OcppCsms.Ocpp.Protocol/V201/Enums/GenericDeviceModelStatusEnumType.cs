namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.34 GenericDeviceModelStatusEnumType: Result of a device model request (GetBaseReport,
/// GetReport, GetMonitoringReport, SetMonitoringBase); EmptyResultSet means nothing matched.
/// </summary>
public enum GenericDeviceModelStatusEnumType
{
    Accepted,
    Rejected,
    NotSupported,
    EmptyResultSet,
}
