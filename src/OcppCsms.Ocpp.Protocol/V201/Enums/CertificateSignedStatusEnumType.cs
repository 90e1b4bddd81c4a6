namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.8 CertificateSignedStatusEnumType: Whether the certificate sent in CertificateSignedRequest
/// is accepted.
/// </summary>
public enum CertificateSignedStatusEnumType
{
    Accepted,
    Rejected,
}
