using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Persistence;

internal sealed class TransactionsDbContext(DbContextOptions<TransactionsDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "transactions";

    public DbSet<ChargingTransaction> Transactions => Set<ChargingTransaction>();

    public DbSet<MeterSample> MeterSamples => Set<MeterSample>();

    public DbSet<TransactionEventEntry> TransactionEvents => Set<TransactionEventEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChargingTransaction>(transaction =>
        {
            transaction.ToTable("transactions");
            transaction.HasKey(t => t.Id);
            transaction.Property(t => t.StationId).HasMaxLength(StationIdMaxLength);
            transaction.Property(t => t.StationTransactionId).HasMaxLength(ChargingTransaction.StationTransactionIdMaxLength);
            transaction.Property(t => t.Status).HasConversion<string>().HasMaxLength(ChargingTransaction.StatusMaxLength);
            transaction.Property(t => t.IdTag).HasMaxLength(ChargingTransaction.IdTagMaxLength);
            transaction.Property(t => t.StartIdTagStatus).HasMaxLength(ChargingTransaction.StatusMaxLength);
            transaction.Property(t => t.StartParentIdTag).HasMaxLength(ChargingTransaction.IdTagMaxLength);
            transaction.Property(t => t.StopReason).HasMaxLength(ChargingTransaction.StopReasonMaxLength);
            transaction.Property(t => t.StopIdTag).HasMaxLength(ChargingTransaction.IdTagMaxLength);
            transaction.Property(t => t.ChargingState).HasMaxLength(ChargingTransaction.StatusMaxLength);
            transaction.Property(t => t.Flags).HasDefaultValue(TransactionFlags.None);
            transaction.Property(t => t.ForceStopReason).HasMaxLength(ChargingTransaction.ForceStopReasonMaxLength);
            transaction.Property(t => t.ForceStoppedBy).HasMaxLength(ChargingTransaction.ForceStoppedByMaxLength);
            // The station's transaction id is unique per station: 1.6 stations use the id allocated here, 2.0.1
            // stations their own, and every later message of the transaction is looked up by it.
            transaction.HasIndex(t => new { t.StationId, t.StationTransactionId }).IsUnique();
            // OCPP 1.6 §4.8: a start sent again (no answer reached the station) is the same start. Rows without a
            // connector or meter start (orphans) hold nulls, which unique indexes never compare equal. Named, because the
            // default name is longer than PostgreSQL's 63 characters.
            transaction.HasIndex(t => new { t.StationId, t.ConnectorId, t.IdTag, t.MeterStartWh, t.StartedAt }).IsUnique()
                .HasDatabaseName("IX_transactions_start");
            // Billing picks completed transactions by the time they completed; ConcurrentTx looks among active ones.
            transaction.HasIndex(t => new { t.Status, t.CompletedAt });
            // Stale transactions: active ones by their last activity.
            transaction.HasIndex(t => new { t.Status, t.LastActivityAt });
            transaction.HasIndex(t => t.IdTag);
            transaction.HasIndex(t => t.StartedAt);
        });

        modelBuilder.Entity<MeterSample>(sample =>
        {
            sample.ToTable("transaction_meter_values");
            sample.HasKey(s => s.Id);
            sample.Property(s => s.StationId).HasMaxLength(StationIdMaxLength);
            sample.Property(s => s.StationTransactionId).HasMaxLength(ChargingTransaction.StationTransactionIdMaxLength);
            sample.Property(s => s.Measurand).HasMaxLength(MeterSample.MeasurandMaxLength);
            sample.Property(s => s.Phase).HasMaxLength(MeterSample.PhaseMaxLength);
            sample.Property(s => s.Unit).HasMaxLength(MeterSample.UnitMaxLength);
            sample.Property(s => s.Context).HasMaxLength(MeterSample.ContextMaxLength);
            sample.Property(s => s.Location).HasMaxLength(MeterSample.LocationMaxLength);
            sample.Property(s => s.Format).HasMaxLength(MeterSample.FormatMaxLength);
            // A transaction's values are listed in the station's time order; values outside transactions per station.
            sample.HasIndex(s => new { s.TransactionId, s.SampledAt });
            sample.HasIndex(s => new { s.StationId, s.SampledAt });
        });

        MapTransactionEvents(modelBuilder);
    }

    private static void MapTransactionEvents(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TransactionEventEntry>(entry =>
        {
            entry.ToTable("transaction_events");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.StationId).HasMaxLength(StationIdMaxLength);
            entry.Property(e => e.StationTransactionId).HasMaxLength(ChargingTransaction.StationTransactionIdMaxLength);
            entry.Property(e => e.EventType).HasMaxLength(TransactionEventEntry.EventTypeMaxLength);
            entry.Property(e => e.TriggerReason).HasMaxLength(TransactionEventEntry.TriggerReasonMaxLength);
            entry.Property(e => e.ChargingState).HasMaxLength(ChargingTransaction.StatusMaxLength);
            entry.Property(e => e.IdToken).HasMaxLength(ChargingTransaction.IdTagMaxLength);
            entry.Property(e => e.IdTokenStatus).HasMaxLength(ChargingTransaction.StatusMaxLength);
            entry.Property(e => e.IdTokenGroup).HasMaxLength(ChargingTransaction.IdTagMaxLength);
            entry.Property(e => e.StoppedReason).HasMaxLength(ChargingTransaction.StopReasonMaxLength);
            // OCPP 2.0.1 E01.FR.07: a seqNo names one event of the station's transaction; a copy is recognised by it.
            entry.HasIndex(e => new { e.StationId, e.StationTransactionId, e.SeqNo }).IsUnique()
                .HasDatabaseName("IX_transaction_events_seq_no");
        });

    /// <summary>OCPP 2.0.1 part 4 §3.1.1: a station identity is at most 48 characters.</summary>
    private const int StationIdMaxLength = 48;
}
