using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.13 ChargingStationType: The Charging Station as it describes itself in
/// BootNotificationRequest.
/// </summary>
public sealed record ChargingStationType
{
    /// <summary>Vendor-specific device identifier.</summary>
    [MaxLength(25)]
    public string? SerialNumber { get; init; }

    [MaxLength(20)]
    public required string Model { get; init; }

    [MaxLength(50)]
    public required string VendorName { get; init; }

    [MaxLength(50)]
    public string? FirmwareVersion { get; init; }

    public ModemType? Modem { get; init; }

    public CustomDataType? CustomData { get; init; }
}
