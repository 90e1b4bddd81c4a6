using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Billing.Runs;
using OcppCsms.Billing.Tariffs;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Transactions.Recording;
using static OcppCsms.IntegrationTests.Billing.BillingApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// The billing run where the database decides, on SQLite and PostgreSQL: attempts racing over one transaction write one
/// record and report one of them as the biller; many stops at once, each billed by its stop event while the scan runs
/// every second, are billed once each and announced once each.
/// </summary>
public abstract class BillingRunDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Racing_attempts_over_one_transaction_write_one_record()
    {
        await using var database = await CreateDatabaseAsync();
        // Billing paused: only the attempts of this test bill.
        await using var host = new InProcessHost(database, ("Billing__Enabled", "false"));
        await host.Services.GetRequiredService<TariffStore>().CreateAsync(
            new TariffTerms("Standard", "EUR", 0.30m, 0m, 0m, 0, 1.00m, null, null, 0.20m, null, null, "UTC", []), isDefault: true, CancellationToken.None);
        var startedAt = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
        var started = await host.Services.GetRequiredService<TransactionStarts>().StartAsync(
            new TransactionStart("CP-BILL-RACE", 1, null, "RACE-TAG", 500m, startedAt, null), CancellationToken.None);
        await host.Services.GetRequiredService<TransactionStops>().StopAsync(
            new TransactionStop("CP-BILL-RACE", started.StationTransactionId, 10_500m, startedAt.AddMinutes(50), "Local", null, []), CancellationToken.None);
        var biller = host.Services.GetRequiredService<TransactionBiller>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => biller.BillAsync(started.Id, CancellationToken.None))));

        Assert.Equal(BillResult.Billed, Assert.Single(results, r => r == BillResult.Billed));
        Assert.All(results.Where(r => r != BillResult.Billed), r => Assert.Equal(BillResult.AlreadyBilled, r));
        var totals = await DbQuery.ListAsync(database, $"SELECT total FROM cdrs WHERE transaction_id = {started.Id}", r => r.GetDecimal(0));
        Assert.Equal(4.80m, Assert.Single(totals));
        Assert.Empty(await DbQuery.ListAsync(database, "SELECT transaction_id FROM billing_failures", r => r.GetInt64(0)));
        Assert.Equal(BillResult.AlreadyBilled, await biller.BillAsync(started.Id, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task Many_stops_at_once_are_each_billed_and_announced_once()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        await CreateStandardTariffAsync(client);
        var startedAt = DateTime.UtcNow.AddHours(-1);
        var stations = new List<(TestStation Station, int TransactionId)>();
        for (var i = 0; i < 12; i++)
        {
            var station = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-BILL-MANY"));
            stations.Add((station, await StartAsync(station, 1, $"MANY-{i}", meterStart: 0, startedAt)));
        }

        try
        {
            await Task.WhenAll(stations.Select(s => s.Station.CallAsync("StopTransaction",
                new { transactionId = s.TransactionId, meterStop = 10_000, timestamp = At(startedAt.AddMinutes(30)) })));
            var ids = new List<long>();
            foreach (var (station, transactionId) in stations)
            {
                ids.Add((await FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64());
            }

            foreach (var id in ids)
            {
                Assert.Equal(4.80m, Totals((await BilledAsync(client, id)).GetProperty("cost")).Total);
            }

            var billedLines = host.StandardOutput.Where(l => l.StartsWith('{'))
                .Select(l => JsonDocument.Parse(l).RootElement)
                .Where(l => l.Text("message")?.Contains("billed: charge detail record", StringComparison.Ordinal) == true)
                .Select(l => l.GetProperty("TransactionId").GetInt64())
                .Where(ids.Contains)
                .ToList();
            Assert.Equal(ids.Order(), billedLines.Order());
            var perTransaction = await DbQuery.ListAsync(database,
                $"SELECT transaction_id, COUNT(*) FROM cdrs WHERE transaction_id IN ({string.Join(',', ids)}) GROUP BY transaction_id", r => r.GetInt64(1));
            Assert.Equal(ids.Count, perTransaction.Count);
            Assert.All(perTransaction, count => Assert.Equal(1L, count));
        }
        finally
        {
            foreach (var (station, _) in stations)
            {
                await station.DisposeAsync();
            }
        }
    }
}

public sealed class SqliteBillingRunDatabaseTests : BillingRunDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresBillingRunDatabaseTests(PostgresServer server) : BillingRunDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
