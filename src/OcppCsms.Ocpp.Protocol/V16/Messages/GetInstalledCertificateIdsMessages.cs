using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.7 GetInstalledCertificateIds.req (headed GetInstalledCertificates.req in the text).</summary>
public sealed record GetInstalledCertificateIdsRequest
{
    public required CertificateUseEnumType CertificateType { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.8 GetInstalledCertificateIds.conf (headed GetInstalledCertificates.conf in the text).</summary>
public sealed record GetInstalledCertificateIdsResponse
{
    /// <summary>One entry per installed certificate of the requested type.</summary>
    [MinLength(1)]
    public IReadOnlyList<CertificateHashDataType>? CertificateHashData { get; init; }

    public required GetInstalledCertificateStatusEnumType Status { get; init; }
}
