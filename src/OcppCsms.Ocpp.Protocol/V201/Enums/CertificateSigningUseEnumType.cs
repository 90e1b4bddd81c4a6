namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.9 CertificateSigningUseEnumType: Which certificate is to be signed or was signed: the
/// station's client certificate or its ISO 15118 (V2G) certificate.
/// </summary>
public enum CertificateSigningUseEnumType
{
    ChargingStationCertificate,
    V2GCertificate,
}
