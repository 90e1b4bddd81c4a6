namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.7 DeleteCertificateStatusEnumType: the answer to DeleteCertificate.req.</summary>
public enum DeleteCertificateStatusEnumType
{
    Accepted,
    Failed,
    NotFound,
}
