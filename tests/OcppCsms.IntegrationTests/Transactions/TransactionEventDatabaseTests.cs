using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Transactions.Persistence;
using OcppCsms.Transactions.Reconciliation;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// OCPP 2.0.1 transaction events where they touch the database, on SQLite and PostgreSQL: racing copies of the same
/// seqNo stored once, an offline queue recorded Ended first, the seqNo dedupe still holding after a restart, and a
/// retried copy finishing what a stop between keeping and reconciling an event left undone.
/// </summary>
public abstract class TransactionEventDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Racing_copies_and_a_replay_after_a_restart_are_stored_once_and_the_energy_is_exact()
    {
        await using var database = await CreateDatabaseAsync();
        var startedAt = new DateTime(2026, 12, 3, 6, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        var ended = Report(TransactionEventKind.Ended, 2, startedAt.AddMinutes(50), "12.3456", "kWh", stoppedReason: "EVDisconnected");
        var updated = Report(TransactionEventKind.Updated, 1, startedAt.AddMinutes(25), "7000.5", "Wh");
        var started = Report(TransactionEventKind.Started, 0, startedAt, "1000.25", "Wh");

        await using (var host = new InProcessHost(database))
        {
            var events = host.Services.GetRequiredService<TransactionEvents>();
            Assert.False((await events.RecordAsync(ended, CancellationToken.None)).Repeated);
            var copies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => events.RecordAsync(updated, CancellationToken.None))));
            Assert.Single(copies, c => !c.Repeated);
            var starts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => events.RecordAsync(started, CancellationToken.None))));
            Assert.Single(starts, c => !c.Repeated);
        }

        await using (var restarted = new InProcessHost(database))
        {
            var again = await restarted.Services.GetRequiredService<TransactionEvents>().RecordAsync(updated, CancellationToken.None);
            Assert.True(again.Repeated);
        }

        Assert.Equal([0, 1, 2], await DbQuery.ListAsync(database,
            "SELECT seq_no FROM transaction_events WHERE station_id = 'CP-TE-DB' ORDER BY seq_no", r => r.GetInt32(0)));
        var row = Assert.Single(await DbQuery.ListAsync(database,
            "SELECT status, energy_wh, meter_start_wh, meter_stop_wh, events_complete, stop_reason FROM transactions WHERE station_id = 'CP-TE-DB'",
            r => (Status: r.GetString(0), Energy: r.GetDecimal(1), Start: r.GetDecimal(2), Stop: r.GetDecimal(3), Complete: r.GetBoolean(4), Reason: r.GetString(5))));
        Assert.Equal(("Completed", 11_345.35m, 1_000.25m, 12_345.6m, true, "EVDisconnected"), row);
        Assert.Equal(3L, Assert.Single(await DbQuery.ListAsync(database,
            "SELECT COUNT(*) FROM transaction_meter_values WHERE station_id = 'CP-TE-DB'", r => r.GetInt64(0))));
    }

    [DatabaseFact]
    public async Task A_copy_of_an_event_kept_but_not_reconciled_before_a_stop_finishes_the_work()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var events = host.Services.GetRequiredService<TransactionEvents>();
        var startedAt = new DateTime(2026, 12, 3, 7, 0, 0, DateTimeKind.Utc);
        await events.RecordAsync(Report(TransactionEventKind.Started, 0, startedAt, "500", "Wh"), CancellationToken.None);
        var ended = Report(TransactionEventKind.Ended, 1, startedAt.AddMinutes(30), "4500", "Wh", stoppedReason: "Remote");
        // The CSMS stopped after keeping the Ended event and before reconciling: only its row exists.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<TransactionsDbContext>>().CreateDbContextAsync())
        {
            db.TransactionEvents.Add(TransactionEventEntries.Create(ended, DateTime.UtcNow, verdict: null));
            await db.SaveChangesAsync();
        }

        var retried = await events.RecordAsync(ended, CancellationToken.None);

        Assert.True(retried.Repeated);
        var row = Assert.Single(await DbQuery.ListAsync(database,
            "SELECT status, energy_wh, stop_reason FROM transactions WHERE station_id = 'CP-TE-DB'",
            r => (Status: r.GetString(0), Energy: r.GetDecimal(1), Reason: r.GetString(2))));
        Assert.Equal(("Completed", 4_000m, "Remote"), row);
    }

    private static TransactionEventReport Report(TransactionEventKind kind, int seqNo, DateTime at, string value, string unit, string? stoppedReason = null)
    {
        var samples = new[] { new SampleReading(at, value, EnergyRegister.Measurand, null, unit, "Sample.Periodic", "Outlet", "Raw") };
        var fact = new TransactionEventFact(
            seqNo, kind, at, "MeterValuePeriodic", null, EnergyRegister.Readings(samples).ToList(), null, stoppedReason, Offline: true);
        return new TransactionEventReport("CP-TE-DB", "tx-db-1", 1, 1, fact, samples, null, null);
    }
}

public sealed class SqliteTransactionEventDatabaseTests : TransactionEventDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresTransactionEventDatabaseTests(PostgresServer server) : TransactionEventDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
