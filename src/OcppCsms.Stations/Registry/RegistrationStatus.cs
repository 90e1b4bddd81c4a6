namespace OcppCsms.Stations.Registry;

/// <summary>
/// Whether the CSMS takes the station's BootNotification (OCPP 2.0.1 RegistrationStatusEnumType, 1.6 §7.46). A Rejected
/// station may still open its connection; its BootNotification is answered Rejected.
/// </summary>
internal enum RegistrationStatus
{
    Pending,
    Accepted,
    Rejected,
}
