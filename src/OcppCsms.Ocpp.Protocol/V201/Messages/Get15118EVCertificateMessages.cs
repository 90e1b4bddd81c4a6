using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.16.1 Get15118EVCertificateRequest (use cases M01, M02): the station forwards an EV's ISO 15118
/// certificate installation or update request to the CSMS.
/// </summary>
public sealed record Get15118EVCertificateRequest
{
    /// <summary>The ISO 15118 schema version of the EV session, which the CSMS needs to parse the EXI stream.</summary>
    [MaxLength(50)]
    public required string Iso15118SchemaVersion { get; init; }

    public required CertificateActionEnumType Action { get; init; }

    /// <summary>The EV's raw CertificateInstallationReq, Base64.</summary>
    [MaxLength(5600)]
    public required string ExiRequest { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.16.2 Get15118EVCertificateResponse.</summary>
public sealed record Get15118EVCertificateResponse
{
    public required Iso15118EVCertificateStatusEnumType Status { get; init; }

    /// <summary>The raw CertificateInstallationRes for the EV, Base64.</summary>
    [MaxLength(5600)]
    public required string ExiResponse { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
