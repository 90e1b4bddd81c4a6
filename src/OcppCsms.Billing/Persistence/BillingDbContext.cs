using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.ChargeDetailRecords;
using OcppCsms.Billing.Runs;
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

    public DbSet<ChargeDetailRecord> ChargeDetailRecords => Set<ChargeDetailRecord>();

    public DbSet<BillingFailure> BillingFailures => Set<BillingFailure>();

    public DbSet<BillingCursor> BillingCursors => Set<BillingCursor>();

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

        MapBillingRuns(modelBuilder);
    }

    /// <summary>Charge detail records and the billing run's own rows (migration 20261210000100_ChargeDetailRecords).</summary>
    private static void MapBillingRuns(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChargeDetailRecord>(cdr =>
        {
            cdr.ToTable("cdrs");
            cdr.HasKey(c => c.Id);
            cdr.Property(c => c.StationId).HasMaxLength(ChargeDetailRecord.StationIdMaxLength);
            cdr.Property(c => c.StationTransactionId).HasMaxLength(ChargeDetailRecord.StationTransactionIdMaxLength);
            cdr.Property(c => c.IdTag).HasMaxLength(ChargeDetailRecord.IdTagMaxLength);
            cdr.Property(c => c.TariffName).HasMaxLength(ChargeDetailRecord.TariffNameMaxLength);
            cdr.Property(c => c.Currency).HasMaxLength(ChargeDetailRecord.CurrencyLength);
            // Exactly once: a transaction has at most one record, whichever attempt (stop event, scan, node) writes it.
            cdr.HasIndex(c => c.TransactionId).IsUnique();
            // Lists and reports select by the start time, per station or over all; the id tag filter has its own.
            cdr.HasIndex(c => c.StartedAt);
            cdr.HasIndex(c => new { c.StationId, c.StartedAt });
            cdr.HasIndex(c => c.IdTag);
            cdr.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CdrId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ChargeDetailRecordLine>(line =>
        {
            line.ToTable("cdr_lines");
            line.HasKey(l => l.Id);
            line.Property(l => l.Component).HasMaxLength(ChargeDetailRecordLine.ComponentMaxLength);
            line.Property(l => l.Period).HasMaxLength(ChargeDetailRecordLine.PeriodMaxLength);
            line.Property(l => l.Unit).HasMaxLength(ChargeDetailRecordLine.UnitMaxLength);
            line.HasIndex(l => new { l.CdrId, l.Position }).IsUnique();
        });

        modelBuilder.Entity<BillingFailure>(failure =>
        {
            failure.ToTable("billing_failures");
            failure.HasKey(f => f.TransactionId);
            failure.Property(f => f.TransactionId).ValueGeneratedNever();
            failure.Property(f => f.Status).HasConversion<string>().HasMaxLength(BillingFailure.StatusMaxLength);
            failure.Property(f => f.Reason).HasMaxLength(BillingFailure.ReasonMaxLength);
            // The scan picks the failures whose retry is due.
            failure.HasIndex(f => f.NextAttemptAt);
        });

        modelBuilder.Entity<BillingCursor>(cursor =>
        {
            cursor.ToTable("billing_cursors");
            cursor.HasKey(c => c.Name);
            cursor.Property(c => c.Name).HasMaxLength(BillingCursor.NameMaxLength);
        });
    }
}
