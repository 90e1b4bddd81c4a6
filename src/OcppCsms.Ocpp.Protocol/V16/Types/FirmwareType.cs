using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.9 FirmwareType: the signed firmware SignedUpdateFirmware.req installs.</summary>
public sealed record FirmwareType
{
    /// <summary>The URI the firmware is downloaded from.</summary>
    [MaxLength(512)]
    public required string Location { get; init; }

    public required DateTime RetrieveDateTime { get; init; }

    public DateTime? InstallDateTime { get; init; }

    /// <summary>The PEM encoded X.509 certificate the firmware was signed with.</summary>
    [MaxLength(5500)]
    public required string SigningCertificate { get; init; }

    /// <summary>The firmware's signature, base64 encoded.</summary>
    [MaxLength(800)]
    public required string Signature { get; init; }
}
