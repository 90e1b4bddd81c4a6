namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.11 GetInstalledCertificateStatusEnumType: the answer to GetInstalledCertificateIds.req.</summary>
public enum GetInstalledCertificateStatusEnumType
{
    Accepted,
    NotFound,
}
