namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.38 RegistrationStatus: the answer to BootNotification.req.</summary>
public enum RegistrationStatus
{
    Accepted,
    Pending,
    Rejected,
}
