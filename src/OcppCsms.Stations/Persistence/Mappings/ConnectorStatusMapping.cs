using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Persistence.Mappings;

internal sealed class ConnectorStatusMapping : IEntityTypeConfiguration<ConnectorStatus>
{
    public void Configure(EntityTypeBuilder<ConnectorStatus> status)
    {
        status.ToTable("station_connector_status");
        status.HasKey(s => new { s.StationId, s.EvseId, s.ConnectorId });
        status.MapReport();
    }
}
