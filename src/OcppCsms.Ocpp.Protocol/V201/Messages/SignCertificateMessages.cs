using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.58.1 SignCertificateRequest (use cases A02, A03): the station sends a certificate signing
/// request for its new key pair.
/// </summary>
public sealed record SignCertificateRequest
{
    /// <summary>The CSR (RFC 2986), PEM-encoded.</summary>
    [MaxLength(5500)]
    public required string Csr { get; init; }

    /// <summary>Absent: the certificate is for both the ISO 15118 and the CSMS connection.</summary>
    public CertificateSigningUseEnumType? CertificateType { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.58.2 SignCertificateResponse.</summary>
public sealed record SignCertificateResponse
{
    public required GenericStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
