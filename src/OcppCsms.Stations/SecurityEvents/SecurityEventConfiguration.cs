using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.SecurityEvents;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> securityEvent)
    {
        securityEvent.ToTable("stations_security_events");
        securityEvent.HasKey(e => e.Id);
        securityEvent.Property(e => e.StationId).HasMaxLength(Station.IdMaxLength);
        securityEvent.Property(e => e.Type).HasMaxLength(SecurityEvent.TypeMaxLength);
        securityEvent.Property(e => e.TechInfo).HasMaxLength(SecurityEvent.TechInfoMaxLength);
        // Read per station, newest first.
        securityEvent.HasIndex(e => new { e.StationId, e.Timestamp });
    }
}
