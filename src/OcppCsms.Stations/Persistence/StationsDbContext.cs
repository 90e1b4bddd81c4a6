using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Stations.Boot;
using OcppCsms.Stations.Configuration;
using OcppCsms.Stations.Connectors;
using OcppCsms.Stations.DataTransfers;
using OcppCsms.Stations.DeviceModel;
using OcppCsms.Stations.Events;
using OcppCsms.Stations.Firmware;
using OcppCsms.Stations.Persistence.Mappings;
using OcppCsms.Stations.Registry;
using OcppCsms.Stations.Reports;
using OcppCsms.Stations.SecurityEvents;

namespace OcppCsms.Stations.Persistence;

internal sealed class StationsDbContext(DbContextOptions<StationsDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "stations";

    public DbSet<Station> Stations => Set<Station>();

    public DbSet<StationBoot> Boots => Set<StationBoot>();

    public DbSet<ConnectorStatus> ConnectorStatuses => Set<ConnectorStatus>();

    public DbSet<StatusHistoryEntry> StatusHistory => Set<StatusHistoryEntry>();

    public DbSet<ConnectorAvailability> Availabilities => Set<ConnectorAvailability>();

    public DbSet<ConfigurationKey> ConfigurationKeys => Set<ConfigurationKey>();

    // Station operations: firmware/diagnostics/log statuses, security events, kept DataTransfers.
    public DbSet<FirmwareReport> FirmwareReports => Set<FirmwareReport>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<KeptDataTransfer> DataTransfers => Set<KeptDataTransfer>();

    // The 2.0.1 device model.
    public DbSet<DeviceVariable> DeviceVariables => Set<DeviceVariable>();

    // 2.0.1 reports and notifications kept as received.
    public DbSet<StationReport> StationReports => Set<StationReport>();

    // 2.0.1 NotifyEvent.
    public DbSet<StationEvent> StationEvents => Set<StationEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Station>(station =>
        {
            station.ToTable("stations");
            station.HasKey(s => s.Id);
            station.Property(s => s.Id).HasMaxLength(Station.IdMaxLength);
            station.Property(s => s.RegistrationStatus).HasConversion<string>().HasMaxLength(16);
            station.Property(s => s.PasswordHash).HasMaxLength(64);
            station.Property(s => s.PasswordSalt).HasMaxLength(32);
            station.Property(s => s.CertificateCommonName).HasMaxLength(Station.CommonNameMaxLength);
            station.Property(s => s.Description).HasMaxLength(Station.DescriptionMaxLength);
            station.Ignore(s => s.ExpectedCommonName);
            // The list filters by registration status (an operator looks for the Pending ones to accept).
            station.HasIndex(s => s.RegistrationStatus);
        });

        modelBuilder.ApplyConfiguration(new StationBootMapping());
        modelBuilder.ApplyConfiguration(new ConnectorStatusMapping());
        modelBuilder.ApplyConfiguration(new StatusHistoryMapping());
        modelBuilder.ApplyConfiguration(new ConnectorAvailabilityMapping());
        modelBuilder.ApplyConfiguration(new ConfigurationKeyMapping());
        modelBuilder.ApplyConfiguration(new FirmwareReportConfiguration());
        modelBuilder.ApplyConfiguration(new SecurityEventConfiguration());
        modelBuilder.ApplyConfiguration(new KeptDataTransferConfiguration());
        modelBuilder.ApplyConfiguration(new DeviceVariableConfiguration());
        modelBuilder.ApplyConfiguration(new StationReportConfiguration());
        modelBuilder.ApplyConfiguration(new StationEventConfiguration());
    }
}
