namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.4 AuthorizeCertificateStatusEnumType: Status of the EV contract certificate checked in
/// AuthorizeResponse.
/// </summary>
public enum AuthorizeCertificateStatusEnumType
{
    Accepted,
    SignatureError,
    CertificateExpired,
    CertificateRevoked,
    NoCertificateAvailable,
    CertChainError,
    ContractCancelled,
}
