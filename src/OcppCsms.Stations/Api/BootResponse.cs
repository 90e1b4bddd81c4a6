using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Api;

/// <summary>A station's last BootNotification (see <see cref="StationBoot"/>: fields its version lacks are null).</summary>
internal sealed record BootResponse(
    DateTime BootedAt, string Protocol, string? Reason, string Vendor, string Model, string? SerialNumber, string? ChargeBoxSerialNumber,
    string? FirmwareVersion, string? Iccid, string? Imsi, string? MeterType, string? MeterSerialNumber)
{
    public static BootResponse From(StationBoot boot) => new(
        boot.BootedAt, boot.Protocol, boot.Reason, boot.Vendor, boot.Model, boot.SerialNumber, boot.ChargeBoxSerialNumber, boot.FirmwareVersion,
        boot.Iccid, boot.Imsi, boot.MeterType, boot.MeterSerialNumber);
}
