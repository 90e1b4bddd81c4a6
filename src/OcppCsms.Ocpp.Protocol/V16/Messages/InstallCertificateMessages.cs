using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.11 InstallCertificate.req.</summary>
public sealed record InstallCertificateRequest
{
    public required CertificateUseEnumType CertificateType { get; init; }

    /// <summary>A PEM encoded X.509 certificate.</summary>
    [MaxLength(5500)]
    public required string Certificate { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.12 InstallCertificate.conf.</summary>
public sealed record InstallCertificateResponse
{
    public required CertificateStatusEnumType Status { get; init; }
}
