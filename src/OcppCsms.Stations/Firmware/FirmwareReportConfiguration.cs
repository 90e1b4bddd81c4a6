using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Firmware;

internal sealed class FirmwareReportConfiguration : IEntityTypeConfiguration<FirmwareReport>
{
    public void Configure(EntityTypeBuilder<FirmwareReport> report)
    {
        report.ToTable("stations_firmware_reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.StationId).HasMaxLength(Station.IdMaxLength);
        report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        report.Property(r => r.Status).HasMaxLength(FirmwareReport.StatusMaxLength);
        // The latest of each kind per station, and the history newest first.
        report.HasIndex(r => new { r.StationId, r.Kind, r.ReceivedAt });
        report.HasIndex(r => new { r.StationId, r.ReceivedAt });
    }
}
