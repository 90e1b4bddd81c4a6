namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.46 Iso15118EVCertificateStatusEnumType: Result of a Get15118EVCertificateRequest.
/// </summary>
public enum Iso15118EVCertificateStatusEnumType
{
    Accepted,
    Failed,
}
