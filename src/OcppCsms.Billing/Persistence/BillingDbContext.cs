using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Tariffs;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Billing.Persistence;

internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "billing";

    /// <summary>ISO 4217 alphabetic codes are three letters.</summary>
    public const int CurrencyLength = 3;

    public DbSet<Tariff> Tariffs => Set<Tariff>();

    public DbSet<TariffVersion> TariffVersions => Set<TariffVersion>();

    public DbSet<TariffPeriod> TariffPeriods => Set<TariffPeriod>();

    public DbSet<TariffAssignment> TariffAssignments => Set<TariffAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tariff>(tariff =>
        {
            tariff.ToTable("tariffs");
            tariff.HasKey(t => t.Id);
            tariff.Property(t => t.Id).ValueGeneratedOnAdd();
            tariff.Property(t => t.Name).HasMaxLength(Tariff.NameMaxLength);
            // Exactly one default: the database refuses a second one even when two requests race to set it.
            tariff.HasIndex(t => t.IsDefault).IsUnique().HasFilter("is_default");
        });

        modelBuilder.Entity<TariffVersion>(version =>
        {
            version.ToTable("tariff_versions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).ValueGeneratedOnAdd();
            version.Property(v => v.Name).HasMaxLength(Tariff.NameMaxLength);
            version.Property(v => v.Currency).HasMaxLength(CurrencyLength);
            version.Property(v => v.TimeZone).HasMaxLength(TariffVersion.TimeZoneMaxLength);
            version.HasOne<Tariff>().WithMany().HasForeignKey(v => v.TariffId).OnDelete(DeleteBehavior.Cascade);
            version.HasIndex(v => new { v.TariffId, v.Version }).IsUnique();
            version.HasMany(v => v.Periods).WithOne().HasForeignKey(p => p.TariffVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TariffPeriod>(period =>
        {
            period.ToTable("tariff_periods");
            period.HasKey(p => p.Id);
            period.Property(p => p.Id).ValueGeneratedOnAdd();
            period.Property(p => p.Name).HasMaxLength(TariffPeriod.NameMaxLength);
            period.HasIndex(p => new { p.TariffVersionId, p.Position }).IsUnique();
        });

        modelBuilder.Entity<TariffAssignment>(assignment =>
        {
            assignment.ToTable("tariff_assignments");
            assignment.HasKey(a => a.Id);
            assignment.Property(a => a.Id).ValueGeneratedOnAdd();
            assignment.Property(a => a.IdTag).HasMaxLength(TariffAssignment.IdTagMaxLength);
            assignment.Property(a => a.NormalizedIdTag).HasMaxLength(TariffAssignment.IdTagMaxLength);
            assignment.Property(a => a.StationId).HasMaxLength(TariffAssignment.StationIdMaxLength);
            assignment.HasOne<Tariff>().WithMany().HasForeignKey(a => a.TariffId).OnDelete(DeleteBehavior.Cascade);
            // A tariff names each tag and each station once (nulls never compare equal, so the other kind is free).
            assignment.HasIndex(a => new { a.TariffId, a.NormalizedIdTag }).IsUnique();
            assignment.HasIndex(a => new { a.TariffId, a.StationId }).IsUnique();
        });
    }
}
