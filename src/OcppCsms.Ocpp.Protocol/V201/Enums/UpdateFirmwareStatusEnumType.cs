namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.86 UpdateFirmwareStatusEnumType: Result of an UpdateFirmwareRequest.</summary>
public enum UpdateFirmwareStatusEnumType
{
    Accepted,
    Rejected,
    AcceptedCanceled,
    InvalidCertificate,
    RevokedCertificate,
}
