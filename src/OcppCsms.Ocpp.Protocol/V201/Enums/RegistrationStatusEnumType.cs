namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.69 RegistrationStatusEnumType: Result of a BootNotificationRequest.</summary>
public enum RegistrationStatusEnumType
{
    Accepted,
    Pending,
    Rejected,
}
