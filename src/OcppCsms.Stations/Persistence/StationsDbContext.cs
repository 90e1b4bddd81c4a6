using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Stations.DataTransfers;
using OcppCsms.Stations.Firmware;
using OcppCsms.Stations.Registry;
using OcppCsms.Stations.SecurityEvents;

namespace OcppCsms.Stations.Persistence;

internal sealed class StationsDbContext(DbContextOptions<StationsDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "stations";

    public DbSet<Station> Stations => Set<Station>();

    // Station operations: firmware/diagnostics/log statuses, security events, kept DataTransfers.
    public DbSet<FirmwareReport> FirmwareReports => Set<FirmwareReport>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<KeptDataTransfer> DataTransfers => Set<KeptDataTransfer>();

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
            station.Ignore(s => s.ExpectedCommonName);
            // The list filters by registration status (an operator looks for the Pending ones to accept).
            station.HasIndex(s => s.RegistrationStatus);
        });

        modelBuilder.ApplyConfiguration(new FirmwareReportConfiguration());
        modelBuilder.ApplyConfiguration(new SecurityEventConfiguration());
        modelBuilder.ApplyConfiguration(new KeptDataTransferConfiguration());
    }
}
