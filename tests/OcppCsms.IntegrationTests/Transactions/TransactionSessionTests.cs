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
/// Charging sessions with registered id tags: a full local session whose energy the API shows exactly, ConcurrentTx for
/// a tag already charging, and a start that consumes its reservation.
/// </summary>
public sealed class TransactionSessionTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task A_full_local_session_shows_the_exact_energy_over_rest()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-FULL");
        await CreateTagAsync(client, idTag);
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-TX-FULL"));
        var startedAt = DateTime.UtcNow.AddMinutes(-45);

        Assert.Equal("Accepted", (await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Full" })).Text("status"));
        Assert.Equal("Accepted", (await AuthorizeAsync(station, idTag)).Text("status"));
        var started = await station.CallAsync("StartTransaction", Start(1, idTag, meterStart: 52_340, startedAt));
        var transactionId = started.GetProperty("transactionId").GetInt32();
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(15), "55.1", unit: "kWh"));
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(30), "58210"));
        var running = await FindAsync(client, station.Id, transactionId);
        var stopped = await station.CallAsync("StopTransaction", new { transactionId, meterStop = 61_877, timestamp = At(startedAt.AddMinutes(40)), idTag });

        Assert.Equal("Accepted", started.GetProperty("idTagInfo").Text("status"));
        Assert.Equal("Active", running.Text("status"));
        Assert.Equal(5_870m, running.Number("energyWh"));
        Assert.Equal("Accepted", stopped.GetProperty("idTagInfo").Text("status"));
        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal("Completed", transaction.Text("status"));
        Assert.Equal(52_340m, transaction.Number("meterStart"));
        Assert.Equal(61_877m, transaction.Number("meterStop"));
        Assert.Equal(9_537m, transaction.Number("energyWh"));
        Assert.Equal("Local", transaction.Text("stopReason"));
        Assert.Equal(idTag, transaction.Text("idTag"));
        Assert.Equal("Accepted", transaction.Text("idTagStatus"));
        Assert.NotNull(transaction.Text("completedAt"));
        var times = (await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64())).Select(v => v.GetProperty("timestamp").GetDateTime()).ToList();
        Assert.Equal(4, times.Count);
        Assert.Equal(times.Order(), times);
        Assert.Single(await ListAsync(client, $"stationId={station.Id}&status=Completed&idTag={idTag.ToLowerInvariant()}"));
    }

    [Fact]
    public async Task A_session_started_and_stopped_over_rest_shows_the_exact_energy()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-RMT");
        await CreateTagAsync(client, idTag);
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-TX-REMOTE"));
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Remote" });
        var startedAt = DateTime.UtcNow;

        // OCPP 1.6 §5.11: the station accepts the remote start, then starts the transaction as if the tag were presented.
        var remoteStart = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/remote-start", new { connectorId = 2, idTag });
        var startCall = await station.AnswerNextAsync("RemoteStartTransaction", new { status = "Accepted" });
        var startAnswer = await JsonAsync(await remoteStart, HttpStatusCode.OK);
        var transactionId = await StartAsync(station, 2, idTag, meterStart: 1_000, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(2, transactionId, startedAt.AddMinutes(5), "3.5", unit: "kWh"));

        // §5.12: the station accepts the remote stop, then stops the transaction with reason Remote.
        var remoteStop = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/remote-stop", new { transactionId });
        var stopCall = await station.AnswerNextAsync("RemoteStopTransaction", new { status = "Accepted" });
        var stopAnswer = await JsonAsync(await remoteStop, HttpStatusCode.OK);
        await station.CallAsync("StopTransaction", new { transactionId, meterStop = 4_250, timestamp = At(startedAt.AddMinutes(10)), reason = "Remote" });

        Assert.Equal((2, idTag), (startCall.Payload.GetProperty("connectorId").GetInt32(), startCall.Payload.Text("idTag")));
        Assert.Equal("Accepted", startAnswer.Text("status"));
        Assert.Equal(transactionId, stopCall.Payload.GetProperty("transactionId").GetInt32());
        Assert.Equal("Accepted", stopAnswer.Text("status"));
        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal(("Completed", "Remote"), (transaction.Text("status"), transaction.Text("stopReason")));
        Assert.Equal(3_250m, transaction.Number("energyWh"));
        Assert.Equal(4_250m, transaction.Number("meterStop"));
    }

    [Fact]
    public async Task A_tag_in_a_running_transaction_is_concurrent_until_it_stops()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-CONC");
        await CreateTagAsync(client, idTag);
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-TX-CONC"));
        var startedAt = DateTime.UtcNow.AddMinutes(-10);
        var transactionId = await StartAsync(station, 1, idTag, meterStart: 0, startedAt);

        var authorized = await AuthorizeAsync(station, idTag.ToLowerInvariant());
        var second = await station.CallAsync("StartTransaction", Start(2, idTag, meterStart: 0, startedAt.AddMinutes(1)));
        // A retry of the first start is answered as it was, not ConcurrentTx with itself.
        var retried = await station.CallAsync("StartTransaction", Start(1, idTag, meterStart: 0, startedAt));
        await station.CallAsync("StopTransaction", new { transactionId, meterStop = 10, timestamp = At(startedAt.AddMinutes(2)), idTag });
        await station.CallAsync("StopTransaction",
            new { transactionId = second.GetProperty("transactionId").GetInt32(), meterStop = 10, timestamp = At(startedAt.AddMinutes(2)), idTag });

        Assert.Equal("ConcurrentTx", authorized.Text("status"));
        Assert.Equal("ConcurrentTx", second.GetProperty("idTagInfo").Text("status"));
        Assert.Equal(("Accepted", transactionId), (retried.GetProperty("idTagInfo").Text("status"), retried.GetProperty("transactionId").GetInt32()));
        Assert.Equal("ConcurrentTx", (await FindAsync(client, station.Id, second.GetProperty("transactionId").GetInt32())).Text("idTagStatus"));
        Assert.Equal("Accepted", (await AuthorizeAsync(station, idTag)).Text("status"));
    }

    [Fact]
    public async Task A_start_naming_a_reservation_consumes_it_and_an_unknown_one_changes_nothing()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-RES");
        await CreateTagAsync(client, idTag);
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-TX-RES"));
        var reserving = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now",
            new { connectorId = 1, idTag, expiryDate = DateTime.UtcNow.AddHours(1) });
        await station.AnswerNextAsync("ReserveNow", new { status = "Accepted" });
        var reservationId = (await JsonAsync(await reserving, HttpStatusCode.OK)).GetProperty("reservationId").GetInt32();

        var started = await station.CallAsync("StartTransaction", Start(1, idTag, meterStart: 0, DateTime.UtcNow, reservationId));
        var unknown = await station.CallAsync("StartTransaction", Start(2, idTag, meterStart: 0, DateTime.UtcNow, reservationId: 987_654));

        var reservation = await JsonAsync(await client.GetAsync($"/api/v1/stations/{station.Id}/reservations/{reservationId}"), HttpStatusCode.OK);
        Assert.Equal("Used", reservation.Text("status"));
        Assert.Equal(idTag, reservation.Text("usedByIdTag"));
        Assert.Equal("Accepted", started.GetProperty("idTagInfo").Text("status"));
        Assert.Equal(reservationId, (await FindAsync(client, station.Id, started.GetProperty("transactionId").GetInt32())).GetProperty("reservationId").GetInt32());
        Assert.Equal(987_654, (await FindAsync(client, station.Id, unknown.GetProperty("transactionId").GetInt32())).GetProperty("reservationId").GetInt32());
    }
}
