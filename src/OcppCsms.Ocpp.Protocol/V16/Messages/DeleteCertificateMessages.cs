namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.3 DeleteCertificate.req.</summary>
public sealed record DeleteCertificateRequest
{
    public required CertificateHashDataType CertificateHashData { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.4 DeleteCertificate.conf.</summary>
public sealed record DeleteCertificateResponse
{
    public required DeleteCertificateStatusEnumType Status { get; init; }
}
