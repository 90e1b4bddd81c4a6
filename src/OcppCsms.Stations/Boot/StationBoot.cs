namespace OcppCsms.Stations.Boot;

/// <summary>
/// What a station said about itself in its last BootNotification, in one set of columns for both versions: OCPP 1.6
/// §6.3 (vendor, model, serial numbers, firmware, ICCID/IMSI, meter type and serial number) and OCPP 2.0.1 §1.2.1
/// (reason, chargingStation vendorName/model/serialNumber/firmwareVersion, modem iccid/imsi). A field the version does
/// not have stays null.
/// </summary>
internal sealed class StationBoot
{
    public required string StationId { get; init; }

    /// <summary>The negotiated subprotocol the station booted with: <c>ocpp1.6</c> or <c>ocpp2.0.1</c>.</summary>
    public required string Protocol { get; init; }

    /// <summary>2.0.1 only: why it booted (BootReasonEnumType, e.g. PowerUp).</summary>
    public string? Reason { get; init; }

    public required string Vendor { get; init; }

    public required string Model { get; init; }

    /// <summary>1.6 chargePointSerialNumber, 2.0.1 chargingStation.serialNumber.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>1.6 only, deprecated there in favour of <see cref="SerialNumber"/>.</summary>
    public string? ChargeBoxSerialNumber { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? Iccid { get; init; }

    public string? Imsi { get; init; }

    /// <summary>1.6 only: the main electrical meter.</summary>
    public string? MeterType { get; init; }

    /// <summary>1.6 only.</summary>
    public string? MeterSerialNumber { get; init; }

    public DateTime BootedAt { get; set; }
}
