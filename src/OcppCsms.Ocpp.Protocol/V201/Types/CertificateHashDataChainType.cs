using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.5 CertificateHashDataChainType: An installed certificate and its child certificates,
/// identified by hashes (GetInstalledCertificateIdsResponse). The spec text heads this clause
/// CertificateDataChainType; the schemas name it CertificateHashDataChainType.
/// </summary>
public sealed record CertificateHashDataChainType
{
    public required GetCertificateIdUseEnumType CertificateType { get; init; }

    public required CertificateHashDataType CertificateHashData { get; init; }

    [MinLength(1)]
    [MaxLength(4)]
    public IReadOnlyList<CertificateHashDataType>? ChildCertificateHashData { get; init; }

    public CustomDataType? CustomData { get; init; }
}
