namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// Whether the CSMS has accepted a station (OCPP 1.6 §7.46 RegistrationStatus, 2.0.1 RegistrationStatusEnumType): the
/// answer to its BootNotification, or the registry's decision before it sent one.
/// </summary>
public enum StationRegistration
{
    Accepted,
    Pending,
    Rejected,
}
