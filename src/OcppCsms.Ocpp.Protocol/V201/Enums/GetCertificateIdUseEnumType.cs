namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.36 GetCertificateIdUseEnumType: Type of an installed certificate, as asked for and reported
/// by GetInstalledCertificateIds.
/// </summary>
public enum GetCertificateIdUseEnumType
{
    V2GRootCertificate,
    MORootCertificate,
    CSMSRootCertificate,
    V2GCertificateChain,
    ManufacturerRootCertificate,
}
