using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Persistence.Mappings;

internal sealed class StatusHistoryMapping : IEntityTypeConfiguration<StatusHistoryEntry>
{
    public void Configure(EntityTypeBuilder<StatusHistoryEntry> entry)
    {
        entry.ToTable("station_status_history");
        entry.HasKey(e => e.Id);
        entry.MapReport();
        // Read per station, newest first.
        entry.HasIndex(e => new { e.StationId, e.Timestamp });
    }
}
