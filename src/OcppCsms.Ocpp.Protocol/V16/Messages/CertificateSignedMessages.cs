using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.1 CertificateSigned.req.</summary>
public sealed record CertificateSignedRequest
{
    /// <summary>The signed PEM encoded X.509 certificate, with any sub-CA certificates.</summary>
    [MaxLength(10000)]
    public required string CertificateChain { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.2 CertificateSigned.conf.</summary>
public sealed record CertificateSignedResponse
{
    public required CertificateSignedStatusEnumType Status { get; init; }
}
