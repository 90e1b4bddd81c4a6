namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.45 InstallCertificateUseEnumType: Which kind of root certificate InstallCertificateRequest
/// installs.
/// </summary>
public enum InstallCertificateUseEnumType
{
    V2GRootCertificate,
    MORootCertificate,
    CSMSRootCertificate,
    ManufacturerRootCertificate,
}
