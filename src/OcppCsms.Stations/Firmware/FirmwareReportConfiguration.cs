using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
        // A JSON array in a text column, the same on every provider (a primitive collection would be text[] on PostgreSQL).
        report.Property(r => r.Locations).HasConversion(
            new ValueConverter<IReadOnlyList<string>?, string?>(
                locations => locations == null ? null : JsonSerializer.Serialize(locations, JsonSerializerOptions.Default),
                json => json == null ? null : JsonSerializer.Deserialize<string[]>(json, JsonSerializerOptions.Default)),
            new ValueComparer<IReadOnlyList<string>?>(
                (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                locations => locations == null ? 0 : locations.Count,
                locations => locations == null ? null : locations.ToArray()));
        // The latest of each kind per station, and the history newest first.
        report.HasIndex(r => new { r.StationId, r.Kind, r.ReceivedAt });
        report.HasIndex(r => new { r.StationId, r.ReceivedAt });
    }
}
