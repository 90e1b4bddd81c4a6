using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.30.1 InstallCertificateRequest (use case M05): the CSMS installs a root (CA) certificate on the
/// station.
/// </summary>
public sealed record InstallCertificateRequest
{
    public required InstallCertificateUseEnumType CertificateType { get; init; }

    /// <summary>PEM-encoded X.509.</summary>
    [MaxLength(5500)]
    public required string Certificate { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.30.2 InstallCertificateResponse.</summary>
public sealed record InstallCertificateResponse
{
    public required InstallCertificateStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
