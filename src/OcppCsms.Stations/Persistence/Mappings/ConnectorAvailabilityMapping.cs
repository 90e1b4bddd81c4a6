using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Connectors;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Persistence.Mappings;

internal sealed class ConnectorAvailabilityMapping : IEntityTypeConfiguration<ConnectorAvailability>
{
    public void Configure(EntityTypeBuilder<ConnectorAvailability> availability)
    {
        availability.ToTable("station_availability");
        availability.HasKey(a => new { a.StationId, a.EvseId, a.ConnectorId });
        availability.Property(a => a.StationId).HasMaxLength(Station.IdMaxLength);
        availability.Property(a => a.Current).HasConversion<string>().HasMaxLength(16);
        availability.Property(a => a.Scheduled).HasConversion<string>().HasMaxLength(16);
    }
}
