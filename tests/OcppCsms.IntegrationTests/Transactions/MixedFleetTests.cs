using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// A fleet of OCPP 1.6 and 2.0.1 stations operated through one REST API (issue #6, "Done when"): the operator sends the
/// same remote start and remote stop to both and reads both sessions from the same resource, without knowing which
/// version a station speaks; each station receives its own version's messages.
/// </summary>
public sealed class MixedFleetTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task One_operator_call_starts_and_stops_a_session_on_a_1_6_and_a_2_0_1_station_alike()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-FLEET");
        await CreateTagAsync(client, idTag);
        await using var v16 = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-FLEET-16"), "ocpp1.6");
        await using var v201 = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-FLEET-201"), "ocpp2.0.1");
        var startedAt = DateTime.UtcNow.AddMinutes(-30);

        // The same body to both: each gets its version's start (1.6 §5.11 RemoteStartTransaction, 2.0.1 F01 RequestStartTransaction).
        var start16 = Command(client, v16.Id, "remote-start", new { connectorId = 1, idTag });
        var call16 = await v16.AnswerNextAsync("RemoteStartTransaction", new { status = "Accepted" });
        var start201 = Command(client, v201.Id, "remote-start", new { connectorId = 1, idTag });
        var call201 = await v201.AnswerNextAsync("RequestStartTransaction", new { status = "Accepted" });
        Assert.Equal("Accepted", (await JsonAsync(await start16, HttpStatusCode.OK)).Text("status"));
        var answer201 = await JsonAsync(await start201, HttpStatusCode.OK);
        var remoteStartId = call201.Payload.GetProperty("remoteStartId").GetInt32();
        Assert.Equal(remoteStartId, answer201.GetProperty("ocppRequestId").GetInt32());
        Assert.Equal(idTag, call16.Payload.Text("idTag"));
        Assert.Equal(idTag, call201.Payload.GetProperty("idToken").Text("idToken"));

        // Each station starts its transaction in its own words.
        var transaction16 = await StartAsync(v16, 1, idTag, meterStart: 10_000, startedAt);
        var transaction201 = TransactionEventsApi.NewTransactionId();
        await v201.CallAsync("TransactionEvent", TransactionEventsApi.Event(
            "Started", 0, transaction201, startedAt, 20_000m, idTag, remoteStartId: remoteStartId, triggerReason: "RemoteStart", chargingState: "Charging"));

        // The same stop to both, by the transaction id the transactions resource shows.
        var shown16 = await FindAsync(client, v16.Id, transaction16);
        var shown201 = await TransactionEventsApi.FindAsync(client, v201.Id, transaction201);
        var stop16 = Command(client, v16.Id, "remote-stop", new { transactionId = shown16.GetProperty("transactionId").GetString() });
        var stopCall16 = await v16.AnswerNextAsync("RemoteStopTransaction", new { status = "Accepted" });
        var stop201 = Command(client, v201.Id, "remote-stop", new { transactionId = shown201.GetProperty("transactionId").GetString() });
        var stopCall201 = await v201.AnswerNextAsync("RequestStopTransaction", new { status = "Accepted" });
        await JsonAsync(await stop16, HttpStatusCode.OK);
        await JsonAsync(await stop201, HttpStatusCode.OK);
        await v16.CallAsync("StopTransaction", new { transactionId = transaction16, meterStop = 14_500, timestamp = At(startedAt.AddMinutes(30)), reason = "Remote" });
        await v201.CallAsync("TransactionEvent", TransactionEventsApi.Event(
            "Ended", 1, transaction201, startedAt.AddMinutes(30), 27_250m, stoppedReason: "Remote", triggerReason: "RemoteStop"));

        Assert.Equal(transaction16, stopCall16.Payload.GetProperty("transactionId").GetInt32());
        Assert.Equal(transaction201, stopCall201.Payload.Text("transactionId"));
        var fleet = (await ListAsync(client, $"idTag={idTag}&status=Completed")).ToDictionary(t => t.Text("stationId")!);
        Assert.Equal(2, fleet.Count);
        Assert.Equal((4_500m, "Remote"), (fleet[v16.Id].Number("energyWh"), fleet[v16.Id].Text("stopReason")));
        Assert.Equal((7_250m, "Remote"), (fleet[v201.Id].Number("energyWh"), fleet[v201.Id].Text("stopReason")));
        Assert.Equal(remoteStartId, fleet[v201.Id].GetProperty("remoteStartId").GetInt32());
        Assert.Equal(("ocpp1.6", "ocpp2.0.1"), ((await GetAsync(client, v16.Id)).Text("protocol"), (await GetAsync(client, v201.Id)).Text("protocol")));
    }

    private static Task<HttpResponseMessage> Command(HttpClient client, string stationId, string command, object body) =>
        client.PostAsJsonAsync($"/api/v1/stations/{stationId}/commands/{command}", body);
}
