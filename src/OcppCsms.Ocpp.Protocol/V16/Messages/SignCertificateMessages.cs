using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.17 SignCertificate.req.</summary>
public sealed record SignCertificateRequest
{
    /// <summary>A PEM encoded certificate signing request (RFC 2986) for the Charge Point's key.</summary>
    [MaxLength(5500)]
    public required string Csr { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.18 SignCertificate.conf.</summary>
public sealed record SignCertificateResponse
{
    public required GenericStatusEnumType Status { get; init; }
}
