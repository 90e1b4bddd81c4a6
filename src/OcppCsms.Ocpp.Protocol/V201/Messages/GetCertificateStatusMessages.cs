using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.18.1 GetCertificateStatusRequest (use case M06): the station asks the CSMS for the OCSP status
/// of a certificate.
/// </summary>
public sealed record GetCertificateStatusRequest
{
    public required OCSPRequestDataType OcspRequestData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.18.2 GetCertificateStatusResponse.</summary>
public sealed record GetCertificateStatusResponse
{
    public required GetCertificateStatusEnumType Status { get; init; }

    /// <summary>The DER-encoded OCSPResponse (RFC 6960), Base64; absent only when the status is not Accepted.</summary>
    [MaxLength(5500)]
    public string? OcspResult { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
