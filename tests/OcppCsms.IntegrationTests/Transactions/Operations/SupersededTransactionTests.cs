using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;
using Events201 = OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;

namespace OcppCsms.IntegrationTests.Transactions.Operations;

/// <summary>
/// A start on a connector that still has an active transaction closes that one as Superseded with its latest energy
/// reading, in both versions; the new start is answered as usual and the station's late stop changes nothing.
/// </summary>
public sealed class SupersededTransactionTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private async Task<TestStation> BootedStationAsync(HttpClient client, string prefix)
    {
        var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId(prefix));
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Supersede" });
        return station;
    }

    [Fact]
    public async Task A_16_start_on_a_busy_connector_supersedes_the_active_transaction_with_its_last_reading()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-SUP");
        await CreateTagAsync(client, idTag);
        await using var station = await BootedStationAsync(client, "CP-SUP-16");
        var startedAt = DateTime.UtcNow.AddHours(-2);
        var first = await StartAsync(station, 1, idTag, meterStart: 1_000, startedAt);
        var otherConnector = await StartAsync(station, 2, UniqueTag("TAG-SUP2"), meterStart: 7_000, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(1, first, startedAt.AddMinutes(10), "4.5", unit: "kWh"));

        var second = await station.CallAsync("StartTransaction", Start(1, idTag, meterStart: 4_600, startedAt.AddMinutes(30)));
        var lateStop = await station.CallAsync("StopTransaction", new { transactionId = first, meterStop = 9_999, timestamp = At(startedAt.AddMinutes(40)) });

        // The same tag starts again on its connector: not ConcurrentTx, the superseded transaction is closed first.
        Assert.Equal("Accepted", second.GetProperty("idTagInfo").Text("status"));
        Assert.Equal("{}", lateStop.ToString());
        var superseded = await FindAsync(client, station.Id, first);
        Assert.Equal("Completed", superseded.Text("status"));
        Assert.Equal("Superseded", superseded.Text("stopReason"));
        Assert.Equal(4_500m, superseded.Number("meterStop"));
        Assert.Equal(3_500m, superseded.Number("energyWh"));
        Assert.Equal(At(startedAt.AddMinutes(30)), At(superseded.GetProperty("stoppedAt").GetDateTime()));
        Assert.NotNull(superseded.Text("completedAt"));
        Assert.Equal("Active", (await FindAsync(client, station.Id, second.GetProperty("transactionId").GetInt32())).Text("status"));
        Assert.Equal("Active", (await FindAsync(client, station.Id, otherConnector)).Text("status"));
        Assert.Single(await ListAsync(client, $"stationId={station.Id}&status=Active&idTag={idTag}"));
    }

    [Fact]
    public async Task A_superseded_transaction_that_never_reported_a_reading_stops_at_its_start_value()
    {
        var client = await fixture.OperatorAsync();
        await using var station = await BootedStationAsync(client, "CP-SUP-NONE");
        var startedAt = DateTime.UtcNow.AddMinutes(-30);
        var first = await StartAsync(station, 1, UniqueTag("TAG-SUPN"), meterStart: 2_000, startedAt);

        await StartAsync(station, 1, UniqueTag("TAG-SUPN2"), meterStart: 2_000, startedAt.AddMinutes(5));

        var superseded = await FindAsync(client, station.Id, first);
        Assert.Equal("Superseded", superseded.Text("stopReason"));
        Assert.Equal(2_000m, superseded.Number("meterStop"));
        Assert.Equal(0m, superseded.Number("energyWh"));
    }

    [Fact]
    public async Task A_201_Started_event_on_a_busy_connector_supersedes_the_active_transaction_and_its_late_Ended_changes_nothing()
    {
        var client = await fixture.OperatorAsync();
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-SUP-201"), "ocpp2.0.1");
        var startedAt = DateTime.UtcNow.AddHours(-1);
        var first = Events201.NewTransactionId();
        var second = Events201.NewTransactionId();
        await station.CallAsync("TransactionEvent", Events201.Event("Started", 0, first, startedAt, 100m));
        await station.CallAsync("TransactionEvent", Events201.Event("Updated", 1, first, startedAt.AddMinutes(10), 600m));

        var answer = await station.CallAsync("TransactionEvent", Events201.Event("Started", 0, second, startedAt.AddMinutes(20), 650m));
        await station.CallAsync("TransactionEvent", Events201.Event("Ended", 2, first, startedAt.AddMinutes(25), 900m, stoppedReason: "EVDisconnected"));

        Assert.Equal("{}", answer.ToString());
        var superseded = await Events201.FindAsync(client, station.Id, first);
        Assert.Equal("Completed", superseded.Text("status"));
        Assert.Equal("Superseded", superseded.Text("stopReason"));
        Assert.Equal(600m, superseded.Number("meterStop"));
        Assert.Equal(500m, superseded.Number("energyWh"));
        Assert.Equal(At(startedAt.AddMinutes(20)), At(superseded.GetProperty("stoppedAt").GetDateTime()));
        Assert.Equal("Active", (await Events201.FindAsync(client, station.Id, second)).Text("status"));
    }
}
