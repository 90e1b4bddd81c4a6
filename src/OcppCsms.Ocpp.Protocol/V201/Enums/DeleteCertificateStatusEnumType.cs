namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.28 DeleteCertificateStatusEnumType: Result of a DeleteCertificateRequest.</summary>
public enum DeleteCertificateStatusEnumType
{
    Accepted,
    Failed,
    NotFound,
}
