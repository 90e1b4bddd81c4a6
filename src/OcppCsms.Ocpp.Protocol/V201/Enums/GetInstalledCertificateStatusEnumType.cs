namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.40 GetInstalledCertificateStatusEnumType: Result of a GetInstalledCertificateIdsRequest;
/// NotFound means no certificate of the requested type.
/// </summary>
public enum GetInstalledCertificateStatusEnumType
{
    Accepted,
    NotFound,
}
