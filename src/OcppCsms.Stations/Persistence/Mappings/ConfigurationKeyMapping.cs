using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Configuration;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Persistence.Mappings;

internal sealed class ConfigurationKeyMapping : IEntityTypeConfiguration<ConfigurationKey>
{
    public void Configure(EntityTypeBuilder<ConfigurationKey> key)
    {
        key.ToTable("station_configuration_keys");
        key.HasKey(k => new { k.StationId, k.Key });
        key.Property(k => k.StationId).HasMaxLength(Station.IdMaxLength);
        key.Property(k => k.Key).HasMaxLength(ConfigurationKey.KeyMaxLength);
        key.Property(k => k.Value).HasMaxLength(ConfigurationKey.ValueMaxLength);
    }
}
