using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Billing.BillingApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// OCPP 2.0.1 costs on the wire (part 2 I02, I03): the running cost pushed with CostUpdated every second (configured) to
/// a 2.0.1 station with an active transaction, never to a 1.6 one; and a free session's Ended answer carrying 0.00
/// (I03.FR.04: omitting totalCost would not mean free).
/// </summary>
public sealed class TotalCost201Tests(TotalCostHost fixture) : IClassFixture<TotalCostHost>
{
    private readonly CsmsProcess _host = fixture.Host;
    private readonly HttpClient _client = fixture.Operator;

    [Fact]
    public async Task An_active_201_transaction_gets_its_running_cost_pushed_and_a_16_one_does_not()
    {
        await using var station = await TestStation.RegisterAndConnectAsync(_host, _client, UniqueId("CP-COST-201"), "ocpp2.0.1");
        await using var station16 = await TestStation.RegisterAndConnectAsync(_host, _client, UniqueId("CP-COST-16"));
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddMinutes(-20);
        await StartAsync(station16, 1, "COST-16", meterStart: 0, startedAt);
        await station.CallAsync("TransactionEvent", Event("Started", 0, transactionId, startedAt, 1_000m, triggerReason: "CablePluggedIn"));
        await station.CallAsync("TransactionEvent", Event("Updated", 1, transactionId, startedAt.AddMinutes(10), 6_000m));

        // The first push may precede the Updated event's reading; the running cost then grows to 5 kWh × 0.30 + 1.00, + 20 %.
        IncomingCall pushed;
        do
        {
            pushed = await station.AnswerNextAsync("CostUpdated", new { });
        }
        while (pushed.Payload.GetProperty("totalCost").GetDecimal() != 3.00m);

        Assert.Equal(transactionId, pushed.Payload.Text("transactionId"));
        Assert.False(await station16.ReceivesCallWithinAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_free_session_is_answered_a_total_cost_of_zero()
    {
        var free = await JsonAsync(await _client.PostAsJsonAsync("/api/v1/tariffs", new
        {
            name = UniqueName("Free"), currency = "EUR", pricePerKwh = 0m, pricePerMinute = 0m, idlePricePerMinute = 0m, idleGraceMinutes = 0,
            sessionFee = 0m, taxRate = 0.20m, isDefault = false,
        }), HttpStatusCode.Created);
        await using var station = await TestStation.RegisterAndConnectAsync(_host, _client, UniqueId("CP-COST-FREE"), "ocpp2.0.1");
        await JsonAsync(await _client.PostAsJsonAsync($"/api/v1/tariffs/{free.GetProperty("id").GetInt64()}/assignments", new { stationId = station.Id }),
            HttpStatusCode.Created);
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddMinutes(-20);

        await station.CallAsync("TransactionEvent", Event("Started", 0, transactionId, startedAt, 0m, triggerReason: "CablePluggedIn"));
        var ended = await station.CallAsync("TransactionEvent", Event("Ended", 1, transactionId, startedAt.AddMinutes(10), 8_000m));

        Assert.Equal(0m, ended.GetProperty("totalCost").GetDecimal());
        var id = (await FindAsync(_client, station.Id, transactionId)).GetProperty("id").GetInt64();
        var cost = (await BilledAsync(_client, id)).GetProperty("cost");
        Assert.Equal((0m, 0m, 0m), Totals(cost));
        Assert.Equal(free.GetProperty("id").GetInt64(), cost.GetProperty("tariff").GetProperty("id").GetInt64());
    }
}
