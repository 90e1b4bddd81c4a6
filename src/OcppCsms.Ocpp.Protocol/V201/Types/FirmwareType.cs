using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.24 FirmwareType: The firmware UpdateFirmwareRequest asks the Charging Station to download
/// and install.
/// </summary>
public sealed record FirmwareType
{
    /// <summary>URI to retrieve the firmware from.</summary>
    [MaxLength(512)]
    public required string Location { get; init; }

    public required DateTime RetrieveDateTime { get; init; }

    public DateTime? InstallDateTime { get; init; }

    /// <summary>PEM encoded X.509 certificate the firmware was signed with.</summary>
    [MaxLength(5500)]
    public string? SigningCertificate { get; init; }

    /// <summary>Base64 encoded firmware signature.</summary>
    [MaxLength(800)]
    public string? Signature { get; init; }

    public CustomDataType? CustomData { get; init; }
}
