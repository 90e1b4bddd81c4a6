using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Events;

internal sealed class StationEventConfiguration : IEntityTypeConfiguration<StationEvent>
{
    public void Configure(EntityTypeBuilder<StationEvent> stationEvent)
    {
        stationEvent.ToTable("stations_events");
        stationEvent.HasKey(e => e.Id);
        stationEvent.Property(e => e.StationId).HasMaxLength(Station.IdMaxLength);
        stationEvent.Property(e => e.Trigger).HasMaxLength(StationEvent.EnumMaxLength);
        stationEvent.Property(e => e.ActualValue).HasMaxLength(StationEvent.ActualValueMaxLength);
        stationEvent.Property(e => e.TechCode).HasMaxLength(StationEvent.TechCodeMaxLength);
        stationEvent.Property(e => e.TechInfo).HasMaxLength(StationEvent.TechInfoMaxLength);
        stationEvent.Property(e => e.TransactionId).HasMaxLength(StationEvent.TransactionIdMaxLength);
        stationEvent.Property(e => e.EventNotificationType).HasMaxLength(StationEvent.EnumMaxLength);
        stationEvent.Property(e => e.ComponentName).HasMaxLength(StationEvent.NameMaxLength);
        stationEvent.Property(e => e.ComponentInstance).HasMaxLength(StationEvent.NameMaxLength);
        stationEvent.Property(e => e.VariableName).HasMaxLength(StationEvent.NameMaxLength);
        stationEvent.Property(e => e.VariableInstance).HasMaxLength(StationEvent.NameMaxLength);
        // Read per station, newest first.
        stationEvent.HasIndex(e => new { e.StationId, e.Timestamp });
    }
}
