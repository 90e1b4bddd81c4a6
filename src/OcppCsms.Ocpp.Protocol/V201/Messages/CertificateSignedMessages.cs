using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.4.1 CertificateSignedRequest (use cases A02, A03): the CSMS returns the certificate it had
/// signed for the station's CSR.
/// </summary>
public sealed record CertificateSignedRequest
{
    /// <summary>PEM: the leaf certificate first, then any sub-CA certificates of the chain.</summary>
    [MaxLength(10000)]
    public required string CertificateChain { get; init; }

    /// <summary>Absent: the certificate serves both the ISO 15118 and the CSMS connection.</summary>
    public CertificateSigningUseEnumType? CertificateType { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.4.2 CertificateSignedResponse.</summary>
public sealed record CertificateSignedResponse
{
    public required CertificateSignedStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
