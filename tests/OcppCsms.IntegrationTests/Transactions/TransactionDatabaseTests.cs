using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using OcppCsms.Transactions.Recording;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// Transactions where they touch the database, on SQLite and PostgreSQL: copies of a start or a stop racing each other
/// (the unique start index and the conditional completion decide), decimal energies in both units, station timestamps
/// kept to the millisecond, meter values for an unknown transaction stored unlinked, and meter values written together
/// moving each transaction's latest reading, activity and flags in one batched update.
/// </summary>
public abstract class TransactionDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Racing_copies_of_a_start_and_of_a_stop_record_one_transaction_and_its_data_once()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var starts = host.Services.GetRequiredService<TransactionStarts>();
        var stops = host.Services.GetRequiredService<TransactionStops>();
        var startedAt = new DateTime(2026, 3, 1, 8, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        var start = new TransactionStart("CP-RACE", 1, null, "RACE-TAG", 1_000m, startedAt, null);

        var started = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => starts.StartAsync(start, CancellationToken.None))));

        Assert.Single(started.Select(s => (s.Id, s.StationTransactionId)).Distinct());
        Assert.Single(started, s => !s.Repeated);
        var stationTransactionId = started[0].StationTransactionId;
        Assert.InRange(long.Parse(stationTransactionId, CultureInfo.InvariantCulture), 1, int.MaxValue);
        var data = new[] { new SampleReading(startedAt.AddMinutes(45), "2.5", EnergyRegister.Measurand, null, "kWh", "Transaction.End", "Outlet", "Raw") };
        var stop = new TransactionStop("CP-RACE", stationTransactionId, 2_500m, startedAt.AddMinutes(45), "Local", null, data);

        var stopped = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => stops.StopAsync(stop, CancellationToken.None))));

        Assert.Single(stopped, s => s.Result == StopResult.Completed);
        Assert.All(stopped, s => Assert.Equal(started[0].Id, s.Id));
        var rows = await DbQuery.ListAsync(database, "SELECT status, station_transaction_id FROM transactions WHERE station_id = 'CP-RACE'",
            r => (Status: r.GetString(0), Id: r.GetString(1)));
        Assert.Equal(("Completed", stationTransactionId), Assert.Single(rows));
        Assert.Equal(1L, Assert.Single(await DbQuery.ListAsync(database,
            $"SELECT COUNT(*) FROM transaction_meter_values WHERE transaction_id = {started[0].Id}", r => r.GetInt64(0))));
    }

    [DatabaseFact]
    public async Task Meter_values_written_together_keep_each_transactions_newest_reading_latest_activity_and_flags()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var starts = host.Services.GetRequiredService<TransactionStarts>();
        var writer = host.Services.GetRequiredService<MeterValueWriter>();
        var startedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var first = await starts.StartAsync(new TransactionStart("CP-MVB-1", 1, null, "MVB-1", 1_000m, startedAt, null), CancellationToken.None);
        var second = await starts.StartAsync(new TransactionStart("CP-MVB-2", 1, null, "MVB-2", 5_000.25m, startedAt, null), CancellationToken.None);
        // Later than the start's own activity (its time of arrival), kept to the millisecond as both databases store it.
        var receivedAt = DateTime.UtcNow.AddMinutes(1);
        receivedAt = new DateTime(receivedAt.Ticks - (receivedAt.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

        // Out of order within one transaction, a register going backwards in the other (kept: it is the later reading,
        // and flagged), handed over together.
        await Task.WhenAll(
            writer.WriteAsync(Report("CP-MVB-1", first.StationTransactionId, receivedAt, (startedAt.AddMinutes(20), "2000.5")), CancellationToken.None),
            writer.WriteAsync(Report("CP-MVB-1", first.StationTransactionId, receivedAt.AddSeconds(2), (startedAt.AddMinutes(10), "1500")), CancellationToken.None),
            writer.WriteAsync(Report("CP-MVB-2", second.StationTransactionId, receivedAt.AddSeconds(1), (startedAt.AddMinutes(5), "4999.125")), CancellationToken.None));
        // An older reading arriving later moves the activity, never the kept reading back.
        await writer.WriteAsync(Report("CP-MVB-1", first.StationTransactionId, receivedAt.AddSeconds(3), (startedAt.AddMinutes(15), "1800")), CancellationToken.None);

        var rows = await DbQuery.ListAsync(database,
            $"SELECT id, latest_energy_wh, latest_energy_at, last_activity_at, flags FROM transactions WHERE id IN ({first.Id}, {second.Id}) ORDER BY id",
            r => (Id: r.GetInt64(0), Wh: r.GetDecimal(1), At: Utc(r.GetValue(2)), Activity: Utc(r.GetValue(3)), Flags: r.GetInt32(4)));
        Assert.Equal(
            [
                (first.Id, 2_000.5m, startedAt.AddMinutes(20), receivedAt.AddSeconds(3), 0),
                (second.Id, 4_999.125m, startedAt.AddMinutes(5), receivedAt.AddSeconds(1), (int)OcppCsms.Transactions.Model.TransactionFlags.EnergyRegisterBackwards),
            ],
            rows);
        Assert.Equal(4L, Assert.Single(await DbQuery.ListAsync(database,
            $"SELECT COUNT(*) FROM transaction_meter_values WHERE transaction_id IN ({first.Id}, {second.Id})", r => r.GetInt64(0))));

        static MeterReport Report(string stationId, string transactionId, DateTime receivedAt, (DateTime At, string Wh) reading) =>
            new(stationId, 1, null, transactionId,
                [new SampleReading(reading.At, reading.Wh, EnergyRegister.Measurand, null, "Wh", "Sample.Periodic", "Outlet", "Raw")], receivedAt);

        static DateTime Utc(object value) => DateTime.SpecifyKind(Convert.ToDateTime(value, CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    [DatabaseFact]
    public async Task A_session_over_the_wire_keeps_exact_energies_and_station_times()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        await using var station = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-TX-DB"));
        var startedAt = new DateTime(2026, 2, 1, 23, 59, 59, 987, DateTimeKind.Utc);

        var transactionId = await StartAsync(station, 1, "DB-TAG", meterStart: 123_456, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(15), "124.4565", unit: "kWh"));
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId: 99, startedAt.AddMinutes(16), "7"));
        await station.CallAsync("StopTransaction", new { transactionId, meterStop = 130_001, timestamp = At(startedAt.AddMinutes(30)), reason = "Remote" });

        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal(6_545m, transaction.Number("energyWh"));
        Assert.Equal(130_001m, transaction.Number("latestEnergyWh"));
        Assert.Equal(startedAt, transaction.GetProperty("startedAt").GetDateTime());
        Assert.Equal("Remote", transaction.Text("stopReason"));
        var values = await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64());
        Assert.Contains(values, v => v.Text("value") == "124.4565" && v.Text("unit") == "kWh");
        var unlinked = await DbQuery.ListAsync(database,
            $"SELECT value, station_transaction_id FROM transaction_meter_values WHERE station_id = '{station.Id}' AND transaction_id IS NULL AND measurand = 'Energy.Active.Import.Register'",
            r => (Value: r.GetString(0), TransactionId: r.GetString(1)));
        Assert.Equal(("7", "99"), Assert.Single(unlinked));
    }
}

public sealed class SqliteTransactionDatabaseTests : TransactionDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresTransactionDatabaseTests(PostgresServer server) : TransactionDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
