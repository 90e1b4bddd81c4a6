namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.7 CertificateActionEnumType: Whether Get15118EVCertificateRequest asks to install or to
/// update the EV contract certificate.
/// </summary>
public enum CertificateActionEnumType
{
    Install,
    Update,
}
