using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Boot;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Persistence.Mappings;

/// <summary>One row per station: its last BootNotification. The lengths are the larger of the two versions' limits.</summary>
internal sealed class StationBootMapping : IEntityTypeConfiguration<StationBoot>
{
    public void Configure(EntityTypeBuilder<StationBoot> boot)
    {
        boot.ToTable("station_boots");
        boot.HasKey(b => b.StationId);
        boot.Property(b => b.StationId).HasMaxLength(Station.IdMaxLength);
        boot.Property(b => b.Protocol).HasMaxLength(16);
        boot.Property(b => b.Reason).HasMaxLength(32);
        boot.Property(b => b.Vendor).HasMaxLength(50);
        boot.Property(b => b.Model).HasMaxLength(20);
        boot.Property(b => b.SerialNumber).HasMaxLength(25);
        boot.Property(b => b.ChargeBoxSerialNumber).HasMaxLength(25);
        boot.Property(b => b.FirmwareVersion).HasMaxLength(50);
        boot.Property(b => b.Iccid).HasMaxLength(20);
        boot.Property(b => b.Imsi).HasMaxLength(20);
        boot.Property(b => b.MeterType).HasMaxLength(25);
        boot.Property(b => b.MeterSerialNumber).HasMaxLength(25);
    }
}
