namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.4 CertificateUseEnumType: the kind of root certificate in GetInstalledCertificateIds.req and InstallCertificate.req.</summary>
public enum CertificateUseEnumType
{
    CentralSystemRootCertificate,
    ManufacturerRootCertificate,
}
