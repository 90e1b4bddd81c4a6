using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Transactions.Contracts;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// The transactions billing reads, through the contract the transactions module implements, on SQLite and PostgreSQL:
/// only completed transactions are billable, the scan pages them by (completion time, id) without skipping ties, and a
/// transaction's energy readings come back in Wh and in the station's time order.
/// </summary>
public abstract class BillableTransactionsDatabaseTests
{
    private static readonly DateTime StartedAt = new(2026, 5, 4, 22, 15, 0, DateTimeKind.Utc);

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Only_a_completed_transaction_is_found_with_its_stop_values_and_readings_in_wh()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var billable = host.Services.GetRequiredService<IBillableTransactions>();
        var completed = await StartAsync(host, "CP-BILL-FIND", 1, "TAG-FIND", 2_000m, StartedAt);
        var active = await StartAsync(host, "CP-BILL-FIND", 2, "TAG-ACTIVE", 0m, StartedAt);
        await host.Services.GetRequiredService<MeterValueWriter>().WriteAsync(new MeterReport("CP-BILL-FIND", 1, null, completed.StationTransactionId,
            [
                Sample(StartedAt.AddMinutes(20), "7.5", "kWh"),
                Sample(StartedAt.AddMinutes(10), "4500", "Wh"),
                Sample(StartedAt.AddMinutes(15), "900", "Wh", phase: "L1"),
                Sample(StartedAt.AddMinutes(16), "230", "V", measurand: "Voltage"),
            ], DateTime.UtcNow), CancellationToken.None);
        var orphan = await StopAsync(host, "CP-BILL-FIND", "999999", 10m, StartedAt.AddHours(1));
        await StopAsync(host, "CP-BILL-FIND", completed.StationTransactionId, 12_000m, StartedAt.AddMinutes(30));

        var found = await billable.FindCompletedAsync(completed.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(("CP-BILL-FIND", 1, "TAG-FIND"), (found.StationId, found.ConnectorId, found.IdTag));
        Assert.Equal((2_000m, 12_000m), (found.MeterStartWh, found.MeterStopWh));
        Assert.Equal((StartedAt, StartedAt.AddMinutes(30)), (found.StartedAt, found.StoppedAt));
        Assert.True(found.IsCompleted);
        Assert.Null(await billable.FindCompletedAsync(active.Id, CancellationToken.None));
        Assert.Null(await billable.FindCompletedAsync(orphan, CancellationToken.None));
        Assert.Null(await billable.FindCompletedAsync(long.MaxValue, CancellationToken.None));
        var readings = await billable.EnergyReadingsAsync(completed.Id, CancellationToken.None);
        Assert.Equal([new(StartedAt.AddMinutes(10), 4_500m), new(StartedAt.AddMinutes(20), 7_500m)], readings);
    }

    [DatabaseFact]
    public async Task The_completed_transactions_are_paged_after_a_cursor_in_completion_order()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var billable = host.Services.GetRequiredService<IBillableTransactions>();
        var ids = new List<long>();
        for (var connector = 1; connector <= 5; connector++)
        {
            var started = await StartAsync(host, "CP-BILL-PAGE", connector, $"TAG-PAGE-{connector}", 0m, StartedAt);
            await StopAsync(host, "CP-BILL-PAGE", started.StationTransactionId, 1_000m, StartedAt.AddMinutes(connector));
            ids.Add(started.Id);
        }

        await StartAsync(host, "CP-BILL-PAGE", 6, "TAG-PAGE-ACTIVE", 0m, StartedAt);

        var first = await billable.ListCompletedAsync(null, 2, CancellationToken.None);
        var cursor = new CompletionCursor(first[^1].CompletedAt!.Value, first[^1].Id);
        var rest = await billable.ListCompletedAsync(cursor, 10, CancellationToken.None);
        // A transaction completed in the same tick as the cursor but after it by id is not skipped.
        var tied = await billable.ListCompletedAsync(new CompletionCursor(rest[0].CompletedAt!.Value, rest[0].Id - 1), 1, CancellationToken.None);

        Assert.Equal(ids, first.Concat(rest).Select(t => t.Id));
        Assert.All(first.Concat(rest), t => Assert.True(t.IsCompleted));
        Assert.Equal(rest[0].Id, Assert.Single(tied).Id);
        Assert.Empty(await billable.ListCompletedAsync(new CompletionCursor(rest[^1].CompletedAt!.Value, rest[^1].Id), 10, CancellationToken.None));
    }

    private static Task<StartOutcome> StartAsync(InProcessHost host, string stationId, int connectorId, string idTag, decimal meterStartWh, DateTime startedAt) =>
        host.Services.GetRequiredService<TransactionStarts>().StartAsync(
            new TransactionStart(stationId, connectorId, null, idTag, meterStartWh, startedAt, null), CancellationToken.None);

    private static async Task<long> StopAsync(InProcessHost host, string stationId, string stationTransactionId, decimal meterStopWh, DateTime stoppedAt) =>
        (await host.Services.GetRequiredService<TransactionStops>().StopAsync(
            new TransactionStop(stationId, stationTransactionId, meterStopWh, stoppedAt, "Local", null, []), CancellationToken.None)).Id;

    private static SampleReading Sample(DateTime at, string value, string unit, string? phase = null, string measurand = EnergyRegister.Measurand) =>
        new(at, value, measurand, phase, unit, "Sample.Periodic", "Outlet", "Raw");
}

public sealed class SqliteBillableTransactionsDatabaseTests : BillableTransactionsDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresBillableTransactionsDatabaseTests(PostgresServer server) : BillableTransactionsDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
