namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.3 CertificateStatusEnumType: the answer to InstallCertificate.req (the official schema calls it InstallCertificateStatusEnumType).</summary>
public enum CertificateStatusEnumType
{
    Accepted,
    Failed,
    Rejected,
}
