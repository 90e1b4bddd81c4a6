using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.22.1 GetInstalledCertificateIdsRequest (use case M03): the CSMS asks which certificates the
/// station has installed.
/// </summary>
public sealed record GetInstalledCertificateIdsRequest
{
    /// <summary>Absent: every certificate type.</summary>
    [MinLength(1)]
    public IReadOnlyList<GetCertificateIdUseEnumType>? CertificateType { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>
/// OCPP 2.0.1 part 2 §1.22.2 GetInstalledCertificateIdsResponse. The specification's table calls the list
/// certificateDataChain; the part 3 schema, which is what goes on the wire, names it certificateHashDataChain.
/// </summary>
public sealed record GetInstalledCertificateIdsResponse
{
    public required GetInstalledCertificateStatusEnumType Status { get; init; }

    /// <summary>The hash data of each installed certificate, with its child certificates for a V2G chain.</summary>
    [MinLength(1)]
    public IReadOnlyList<CertificateHashDataChainType>? CertificateHashDataChain { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
