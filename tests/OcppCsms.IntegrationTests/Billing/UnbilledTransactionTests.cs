using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Billing.BillingApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// A transaction completed while no tariff exists is not dropped: it shows NotBillable with the reason (no attempt is
/// made while there is no tariff at all), the 2.0.1 Ended answer leaves totalCost out (omitting it does not mean free,
/// I03.FR.04), and once a default tariff exists the scan bills it — once.
/// </summary>
public sealed class UnbilledTransactionTests
{
    [Fact]
    public async Task A_transaction_without_a_tariff_is_not_billable_until_a_default_tariff_exists()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        await using var station = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-NOTARIFF"));
        await using var station201 = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-NOTARIFF-201"), "ocpp2.0.1");
        var startedAt = DateTime.UtcNow.AddHours(-1);
        var id = await StoppedSessionAsync(client, station, "NO-TARIFF", startedAt, meterStart: 0, meterStop: 10_000);
        var stationTransactionId = NewTransactionId();
        await station201.CallAsync("TransactionEvent", Event("Started", 0, stationTransactionId, startedAt, 0m, triggerReason: "CablePluggedIn"));
        var ended = await station201.CallAsync("TransactionEvent", Event("Ended", 1, stationTransactionId, startedAt.AddMinutes(30), 10_000m));

        var unbilled = await Poll.ForAsync(() => GetAsync(client, id), t => BillingStatus(t) == "NotBillable", "NotBillable");
        await CreateStandardTariffAsync(client);
        var billed = await BilledAsync(client, id);

        var billing = unbilled.GetProperty("billing");
        Assert.Contains("tariff", billing.Text("reason"), StringComparison.OrdinalIgnoreCase);
        Assert.False(billing.TryGetProperty("attempts", out var attempts) && attempts.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unbilled.GetProperty("cost").ValueKind);
        Assert.False(ended.TryGetProperty("totalCost", out _));
        Assert.Equal((4.00m, 0.80m, 4.80m), Totals(billed.GetProperty("cost")));
        Assert.Equal("Billed", billed.GetProperty("billing").Text("status"));
        Assert.False(billed.GetProperty("billing").TryGetProperty("reason", out var reason) && reason.ValueKind != System.Text.Json.JsonValueKind.Null);
        var id201 = (await FindAsync(client, station201.Id, stationTransactionId)).GetProperty("id").GetInt64();
        Assert.Equal(4.80m, Totals((await BilledAsync(client, id201)).GetProperty("cost")).Total);
        Assert.Single(await CdrsAsync(client, $"stationId={station.Id}"));
        Assert.Single(await CdrsAsync(client, $"stationId={station201.Id}"));
    }
}
