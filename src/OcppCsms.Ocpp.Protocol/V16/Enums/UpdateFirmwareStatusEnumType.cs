namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.18 UpdateFirmwareStatusEnumType: the answer to SignedUpdateFirmware.req.</summary>
public enum UpdateFirmwareStatusEnumType
{
    Accepted,
    Rejected,
    AcceptedCanceled,
    InvalidCertificate,
    RevokedCertificate,
}
