namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.37 GetCertificateStatusEnumType: Result of a GetCertificateStatusRequest (OCSP status
/// retrieval).
/// </summary>
public enum GetCertificateStatusEnumType
{
    Accepted,
    Failed,
}
