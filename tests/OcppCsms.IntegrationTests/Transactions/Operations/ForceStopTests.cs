using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;
using Events201 = OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;

namespace OcppCsms.IntegrationTests.Transactions.Operations;

/// <summary>
/// <c>POST /api/v1/transactions/{id}/force-stop</c>: completed here with the last reading whatever the station does,
/// then the station asked to stop it when connected; the station's own later stop changes nothing. Refusals: 404, 409,
/// 400 naming the field, 403 for Viewers.
/// </summary>
public sealed class ForceStopTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private static Task<HttpResponseMessage> ForceStopAsync(HttpClient client, long id, object body) =>
        client.PostAsJsonAsync($"/api/v1/transactions/{id}/force-stop", body);

    private async Task<(TestStation Station, long Id, int TransactionId)> RunningAsync(HttpClient client, string prefix, DateTime startedAt)
    {
        var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId(prefix));
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "ForceStop" });
        var transactionId = await StartAsync(station, 1, UniqueId("TAG-FS"), meterStart: 10_000, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(20), "12.75", unit: "kWh"));
        return (station, (await FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64(), transactionId);
    }

    [Fact]
    public async Task A_connected_16_station_is_asked_to_stop_after_the_local_completion_and_its_own_stop_changes_nothing()
    {
        var client = await fixture.OperatorAsync();
        var startedAt = DateTime.UtcNow.AddHours(-30);
        var (station, id, transactionId) = await RunningAsync(client, "CP-FS-ON", startedAt);
        await using var _ = station;

        var request = ForceStopAsync(client, id, new { reason = "Stuck since yesterday, ticket 4711" });
        var stopCall = await station.AnswerNextAsync("RemoteStopTransaction", new { status = "Accepted" });
        var answer = await JsonAsync(await request, HttpStatusCode.OK);
        var stationStop = await station.CallAsync("StopTransaction", new { transactionId, meterStop = 13_500, timestamp = At(DateTime.UtcNow), reason = "Remote" });

        Assert.Equal(transactionId, stopCall.Payload.GetProperty("transactionId").GetInt32());
        Assert.Equal(("Answered", "Accepted"), (answer.GetProperty("stationStop").Text("outcome"), answer.GetProperty("stationStop").Text("status")));
        AssertForceStopped(answer.GetProperty("transaction"), "Stuck since yesterday, ticket 4711");
        Assert.Equal("{}", stationStop.ToString());
        var after = await GetAsync(client, id);
        AssertForceStopped(after, "Stuck since yesterday, ticket 4711");
        Assert.Equal(answer.GetProperty("transaction").GetProperty("stoppedAt").GetDateTime(), after.GetProperty("stoppedAt").GetDateTime());
        var audit = Assert.Single(await AuditAsync(client, $"targetType=transactions&targetId={id}"));
        Assert.Equal(("POST /api/v1/transactions/{id:long}/force-stop", "200"), (audit.Text("action"), audit.Text("outcome")));
    }

    private static void AssertForceStopped(JsonElement transaction, string reason)
    {
        Assert.Equal("Completed", transaction.Text("status"));
        Assert.Equal("ForceStopped", transaction.Text("stopReason"));
        Assert.Equal(12_750m, transaction.Number("meterStop"));
        Assert.Equal(2_750m, transaction.Number("energyWh"));
        Assert.Equal(reason, transaction.Text("forceStopReason"));
        Assert.Equal("admin", transaction.Text("forceStoppedBy"));
        Assert.NotNull(transaction.Text("completedAt"));
    }

    [Fact]
    public async Task A_disconnected_station_is_not_asked_and_the_transaction_completes_all_the_same()
    {
        var client = await fixture.OperatorAsync();
        var (station, id, _) = await RunningAsync(client, "CP-FS-OFF", DateTime.UtcNow.AddHours(-2));
        var stationId = station.Id;
        await station.DisposeAsync();
        await Poll.ForAsync(() => GetAsync(client, stationId), s => !s.GetProperty("connected").GetBoolean(), $"{stationId} disconnected");

        var answer = await JsonAsync(await ForceStopAsync(client, id, new { reason = "Station gone" }), HttpStatusCode.OK);

        Assert.Equal("NotConnected", answer.GetProperty("stationStop").Text("outcome"));
        Assert.Null(answer.GetProperty("stationStop").Text("status"));
        AssertForceStopped(await GetAsync(client, id), "Station gone");
    }

    [Fact]
    public async Task A_connected_201_station_gets_RequestStopTransaction_and_its_Ended_event_changes_nothing()
    {
        var client = await fixture.OperatorAsync();
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-FS-201"), "ocpp2.0.1");
        var transactionId = Events201.NewTransactionId();
        var startedAt = DateTime.UtcNow.AddHours(-1);
        await station.CallAsync("TransactionEvent", Events201.Event("Started", 0, transactionId, startedAt, 1_000m));
        await station.CallAsync("TransactionEvent", Events201.Event("Updated", 1, transactionId, startedAt.AddMinutes(30), 4_000m));
        var id = (await Events201.FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64();

        var request = ForceStopAsync(client, id, new { reason = "Driver left" });
        var stopCall = await station.AnswerNextAsync("RequestStopTransaction", new { status = "Rejected" });
        var answer = await JsonAsync(await request, HttpStatusCode.OK);
        await station.CallAsync("TransactionEvent", Events201.Event("Ended", 2, transactionId, DateTime.UtcNow, 9_000m, stoppedReason: "Remote"));

        Assert.Equal(transactionId, stopCall.Payload.Text("transactionId"));
        Assert.Equal(("Answered", "Rejected"), (answer.GetProperty("stationStop").Text("outcome"), answer.GetProperty("stationStop").Text("status")));
        var after = await GetAsync(client, id);
        Assert.Equal(("Completed", "ForceStopped"), (after.Text("status"), after.Text("stopReason")));
        Assert.Equal(4_000m, after.Number("meterStop"));
        Assert.Equal(3_000m, after.Number("energyWh"));
    }

    [Fact]
    public async Task A_transaction_no_longer_active_is_a_409_naming_its_status_and_an_unknown_one_a_404()
    {
        var client = await fixture.OperatorAsync();
        var (station, id, transactionId) = await RunningAsync(client, "CP-FS-409", DateTime.UtcNow.AddHours(-1));
        await using var _ = station;
        await station.CallAsync("StopTransaction", new { transactionId, meterStop = 13_000, timestamp = At(DateTime.UtcNow) });

        var conflict = await ProblemAsync(await ForceStopAsync(client, id, new { reason = "Too late" }), HttpStatusCode.Conflict);
        var missing = await ProblemAsync(await ForceStopAsync(client, long.MaxValue, new { reason = "No such" }), HttpStatusCode.NotFound);

        Assert.Equal("Completed", conflict.Text("transactionStatus"));
        Assert.Contains("Completed", conflict.Text("detail"));
        Assert.Contains(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), missing.Text("detail"));
        Assert.Equal("Local", (await GetAsync(client, id)).Text("stopReason"));
    }

    [Fact]
    public async Task A_missing_or_overlong_reason_is_a_400_naming_it_and_Viewers_may_not_force_stop()
    {
        var client = await fixture.OperatorAsync();
        var (station, id, _) = await RunningAsync(client, "CP-FS-400", DateTime.UtcNow.AddHours(-1));
        await using var _ = station;
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer");

        var missing = await ProblemAsync(await ForceStopAsync(client, id, new { }), HttpStatusCode.BadRequest);
        var overlong = await ProblemAsync(await ForceStopAsync(client, id, new { reason = new string('x', 256) }), HttpStatusCode.BadRequest);
        var forbidden = await ForceStopAsync(viewer, id, new { reason = "Viewer tries" });

        Assert.Equal(["reason"], ErrorFields(missing));
        Assert.Equal(["reason"], ErrorFields(overlong));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("Active", (await GetAsync(client, id)).Text("status"));
    }
}
