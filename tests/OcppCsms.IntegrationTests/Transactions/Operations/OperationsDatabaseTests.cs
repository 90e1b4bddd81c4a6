using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.IntegrationTests.Transactions.Operations;

/// <summary>
/// The transaction operations where they touch the database, on SQLite and PostgreSQL: the stop register of a transaction
/// the CSMS closes itself is computed by the completing update, in decimals, from its latest reading, and racing
/// force-stops complete a transaction once.
/// </summary>
public abstract class OperationsDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task A_superseded_transaction_stops_at_its_latest_reading_in_exact_decimals()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var starts = host.Services.GetRequiredService<TransactionStarts>();
        var meterValues = host.Services.GetRequiredService<MeterValueWriter>();
        var startedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var first = await starts.StartAsync(new TransactionStart("CP-SUP-DB", 1, null, "SUP-DB-1", 1_000.5m, startedAt, null), CancellationToken.None);
        var reading = new SampleReading(startedAt.AddMinutes(10), "12.3456", EnergyRegister.Measurand, null, "kWh", "Sample.Periodic", "Outlet", "Raw");
        await meterValues.WriteAsync(
            new MeterReport("CP-SUP-DB", 1, null, first.StationTransactionId, [reading], DateTime.UtcNow), CancellationToken.None);

        await starts.StartAsync(new TransactionStart("CP-SUP-DB", 1, null, "SUP-DB-2", 12_400m, startedAt.AddMinutes(20), null), CancellationToken.None);

        var row = Assert.Single(await DbQuery.ListAsync(database,
            $"SELECT status, stop_reason, meter_stop_wh, energy_wh FROM transactions WHERE id = {first.Id}",
            r => (Status: r.GetString(0), Reason: r.GetString(1), Stop: r.GetDecimal(2), Energy: r.GetDecimal(3))));
        Assert.Equal(("Completed", "Superseded", 12_345.6m, 11_345.1m), row);
    }

    [DatabaseFact]
    public async Task A_force_stop_keeps_who_and_why_and_completes_once()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var starts = host.Services.GetRequiredService<TransactionStarts>();
        var forceStops = host.Services.GetRequiredService<ForceStops>();
        var started = await starts.StartAsync(
            new TransactionStart("CP-FS-DB", 1, null, "FS-DB", 500.25m, new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), null), CancellationToken.None);
        var reason = new string('r', 255);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => forceStops.ForceStopAsync(started.Id, new ForceStop(reason, "operator-1"), CancellationToken.None))));

        var stopped = Assert.Single(outcomes, o => o.Transaction is not null);
        Assert.Equal("NotConnected", stopped.StationStop!.Outcome);
        Assert.All(outcomes.Where(o => o.Transaction is null), o => Assert.Equal("Completed", o.Status.ToString()));
        var row = Assert.Single(await DbQuery.ListAsync(database,
            $"SELECT stop_reason, meter_stop_wh, energy_wh, force_stop_reason, force_stopped_by FROM transactions WHERE id = {started.Id}",
            r => (Reason: r.GetString(0), Stop: r.GetDecimal(1), Energy: r.GetDecimal(2), Why: r.GetString(3), By: r.GetString(4))));
        Assert.Equal(("ForceStopped", 500.25m, 0m, reason, "operator-1"), row);
    }
}

public sealed class SqliteOperationsDatabaseTests : OperationsDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresOperationsDatabaseTests(PostgresServer server) : OperationsDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
