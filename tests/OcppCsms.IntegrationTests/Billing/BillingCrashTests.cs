using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Billing.BillingApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// Exactly once across a crash: a transaction completed while billing cannot run (paused, as the window between the
/// stop's commit and its billing), the host killed, is billed by the start-up scan of the next host — and a further
/// restart, scanning again, bills nothing twice.
/// </summary>
public sealed class BillingCrashTests
{
    [Fact]
    public async Task A_stop_not_billed_before_a_kill_is_billed_once_after_the_restart()
    {
        await using var database = new SqliteTestDatabase();
        long id;
        var first = await CsmsProcess.StartAsync(Environment(database, ("Billing__Enabled", "false")));
        await using (first)
        {
            using var client = await OperatorSession.BearerClientAsync(first);
            await CreateStandardTariffAsync(client);
            await using var station = await TestStation.RegisterAndConnectAsync(first, client, UniqueId("CP-BILL-CRASH"));
            var startedAt = DateTime.UtcNow.AddHours(-1);
            id = await StoppedSessionAsync(client, station, "CRASH-TAG", startedAt, meterStart: 0, meterStop: 10_000);
            Assert.Equal("Pending", BillingStatus(await GetAsync(client, id)));
            await first.KillAsync();
        }

        Assert.Empty(await CdrCountsAsync(database, id));
        long cdrId;
        await using (var second = await CsmsProcess.StartAsync(Environment(database)))
        {
            using var client = await OperatorSession.BearerClientAsync(second);
            var cost = (await BilledAsync(client, id)).GetProperty("cost");
            Assert.Equal(4.80m, Totals(cost).Total);
            cdrId = cost.GetProperty("cdrId").GetInt64();
            await second.KillAsync();
        }

        await using (var third = await CsmsProcess.StartAsync(Environment(database)))
        {
            using var client = await OperatorSession.BearerClientAsync(third);
            var transaction = await BilledAsync(client, id);
            Assert.Equal(cdrId, transaction.GetProperty("cost").GetProperty("cdrId").GetInt64());
            Assert.DoesNotContain(third.StandardOutput, l => l.Contains("billed: charge detail record", StringComparison.Ordinal));
        }

        Assert.Equal([1L], await CdrCountsAsync(database, id));
    }

    private static Task<List<long>> CdrCountsAsync(TestDatabase database, long transactionId) =>
        DbQuery.ListAsync(database, $"SELECT COUNT(*) FROM cdrs WHERE transaction_id = {transactionId} HAVING COUNT(*) > 0", r => r.GetInt64(0));
}
