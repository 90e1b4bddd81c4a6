using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Stations.StationStateApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// The registration gate (OCPP 1.6 §4.2, OCPP-J 1.6 errata §5.6, OCPP 2.0.1 B01.FR.10, B02.FR.09, B03.FR.07): until the
/// CSMS accepts a station, it answers every CALL but BootNotification with SecurityError, before any handler, so nothing
/// is recorded; a Pending station may also send what the CSMS asked it for. The host's unknown stations are Pending.
/// </summary>
public sealed class RegistrationGateTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Theory]
    [InlineData("ocpp1.6")]
    [InlineData("ocpp2.0.1")]
    public async Task A_pending_station_is_answered_its_boot_only_until_accepted_and_booted_again(string subProtocol)
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-GATE");
        await using var station = await TestStation.ConnectAsync(fixture.Host, id, subProtocol);
        Assert.Equal("Pending", (await station.CallAsync("BootNotification", BootOf(subProtocol))).Text("status"));

        await AssertBarredAsync(station, "Heartbeat", new { });
        await AssertBarredAsync(station, "StatusNotification", StatusOf(subProtocol, 1, 1, "Available", Now()));
        await AssertBarredAsync(station, "NoSuchAction", new { });
        Assert.Empty(await ConnectorsAsync(admin, id));
        Assert.Empty(await HistoryAsync(admin, id));

        await JsonAsync(await admin.PostAsync($"/api/v1/stations/{id}/accept", null), HttpStatusCode.OK);
        // This session's boot was answered Pending: that answer stands until the station boots again.
        await AssertBarredAsync(station, "Heartbeat", new { });
        Assert.Equal("Accepted", (await station.CallAsync("BootNotification", BootOf(subProtocol))).Text("status"));
        await station.CallAsync("Heartbeat", new { });
        await station.CallAsync("StatusNotification", StatusOf(subProtocol, 1, 1, "Available", Now()));
        var evseId = subProtocol == "ocpp1.6" ? 0 : 1;
        Assert.Equal("Available", (await ConnectorAsync(admin, id, evseId, 1)).Text("status"));
    }

    [Fact]
    public async Task A_pending_1_6_station_s_transaction_messages_are_refused_and_no_transaction_is_recorded()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-GATE-TX");
        await using var station = await TestStation.ConnectAsync(fixture.Host, id);
        Assert.Equal("Pending", (await station.CallAsync("BootNotification", Boot16)).Text("status"));

        await AssertBarredAsync(station, "Authorize", new { idTag = "TAG-GATE" });
        await AssertBarredAsync(station, "StartTransaction", new { connectorId = 1, idTag = "TAG-GATE", meterStart = 100, timestamp = Now() });
        await AssertBarredAsync(station, "MeterValues", new
        {
            connectorId = 1,
            transactionId = 1,
            meterValue = new[] { new { timestamp = Now(), sampledValue = new[] { new { value = "150" } } } },
        });
        await AssertBarredAsync(station, "StopTransaction", new { transactionId = 1, meterStop = 200, timestamp = Now() });

        var transactions = await JsonAsync(await admin.GetAsync($"/api/v1/transactions?stationId={id}"), HttpStatusCode.OK);
        Assert.Equal(0, transactions.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_csms_asks_a_pending_station_no_transaction_start_or_stop_and_a_rejected_one_nothing()
    {
        var admin = await fixture.OperatorAsync();
        var pendingId = UniqueId("CP-GATE-CMD");
        await using var pending = await TestStation.ConnectAsync(fixture.Host, pendingId);
        Assert.Equal("Pending", (await pending.CallAsync("BootNotification", Boot16)).Text("status"));

        // OCPP 1.6 §4.2 / 2.0.1 B02.FR.05: no remote start or stop while Pending — the CSMS may still read and configure it.
        var start = await ProblemAsync(await admin.PostAsJsonAsync($"/api/v1/stations/{pendingId}/commands/remote-start", new { idTag = "TAG-GATE" }),
            HttpStatusCode.Conflict);
        var stop = await ProblemAsync(await admin.PostAsJsonAsync($"/api/v1/stations/{pendingId}/commands/remote-stop", new { transactionId = 7 }),
            HttpStatusCode.Conflict);
        var read = admin.PostAsJsonAsync($"/api/v1/stations/{pendingId}/commands/get-configuration", new { });
        await pending.AnswerNextAsync("GetConfiguration", new { configurationKey = Array.Empty<object>() });
        await JsonAsync(await read, HttpStatusCode.OK);

        await JsonAsync(await admin.PostAsync($"/api/v1/stations/{pendingId}/reject", null), HttpStatusCode.OK);
        Assert.Equal("Rejected", (await pending.CallAsync("BootNotification", Boot16)).Text("status"));
        // 1.6 §4.2, 2.0.1 B03.FR.03: nothing at all to a Rejected station.
        var clear = await ProblemAsync(await admin.PostAsync($"/api/v1/stations/{pendingId}/commands/clear-cache", null), HttpStatusCode.Conflict);

        Assert.All(new[] { start, stop, clear }, problem => Assert.Equal("NotAccepted", problem.Text("outcome")));
        Assert.Contains("Pending", start.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("Rejected", clear.Text("detail"), StringComparison.Ordinal);
        Assert.False(await pending.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Before_its_first_boot_a_session_follows_the_registry_and_an_operator_s_decision_applies_at_once()
    {
        var admin = await fixture.OperatorAsync();
        // A 1.6 station that reconnects without rebooting need not boot again: the registry has it Accepted.
        await using var registered = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, UniqueId("CP-GATE-KNOWN"));
        await registered.CallAsync("Heartbeat", new { });

        var id = UniqueId("CP-GATE-NEW");
        await using var station = await TestStation.ConnectAsync(fixture.Host, id);
        await AssertBarredAsync(station, "Heartbeat", new { });
        await JsonAsync(await admin.PostAsync($"/api/v1/stations/{id}/accept", null), HttpStatusCode.OK);
        await station.CallAsync("Heartbeat", new { });
        await JsonAsync(await admin.PostAsync($"/api/v1/stations/{id}/reject", null), HttpStatusCode.OK);
        await AssertBarredAsync(station, "Heartbeat", new { });
    }

    [Theory]
    [InlineData("ocpp1.6")]
    [InlineData("ocpp2.0.1")]
    public async Task A_pending_station_may_send_what_it_accepted_to_send_when_triggered_and_nothing_else(string subProtocol)
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-GATE-TRIG");
        await using var station = await TestStation.ConnectAsync(fixture.Host, id, subProtocol);
        Assert.Equal("Pending", (await station.CallAsync("BootNotification", BootOf(subProtocol))).Text("status"));

        await CommandAsync(admin, station, "TriggerMessage", new { requestedMessage = "Heartbeat" }, new { status = "Rejected" });
        await AssertBarredAsync(station, "Heartbeat", new { });

        // Without a connector or EVSE the station reports every one of them (1.6 §5.17): each is answered and kept.
        await CommandAsync(admin, station, "TriggerMessage", new { requestedMessage = "StatusNotification" }, new { status = "Accepted" });
        await station.CallAsync("StatusNotification", StatusOf(subProtocol, 1, 1, "Available", Now()));
        await station.CallAsync("StatusNotification", StatusOf(subProtocol, 2, 2, "Faulted", Now()));
        Assert.Equal(2, (await ConnectorsAsync(admin, id)).Count);
        await AssertBarredAsync(station, "Heartbeat", new { });
    }

    [Fact]
    public async Task A_rejected_station_gets_SecurityError_even_for_what_it_was_triggered_to_send()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-GATE-REJ");
        await RegisterAsync(admin, id, profile: 0);
        await JsonAsync(await admin.PostAsync($"/api/v1/stations/{id}/reject", null), HttpStatusCode.OK);
        await using var station = await TestStation.ConnectAsync(fixture.Host, id);
        Assert.Equal("Rejected", (await station.CallAsync("BootNotification", Boot16)).Text("status"));

        await AssertBarredAsync(station, "Heartbeat", new { });
        // The CSMS asks a Rejected station nothing (2.0.1 B03.FR.03), and what it sends unasked is barred (B03.FR.07).
        var trigger = await ProblemAsync(await admin.PostAsJsonAsync($"/api/v1/stations/{id}/ocpp/TriggerMessage",
            new { requestedMessage = "StatusNotification", connectorId = 1 }), HttpStatusCode.Conflict);
        Assert.Equal("NotAccepted", trigger.Text("outcome"));
        await AssertBarredAsync(station, "StatusNotification", Status16(1, "Available", Now()));
        Assert.Empty(await ConnectorsAsync(admin, id));

        await JsonAsync(await admin.PostAsync($"/api/v1/stations/{id}/accept", null), HttpStatusCode.OK);
        Assert.Equal("Accepted", (await station.CallAsync("BootNotification", Boot16)).Text("status"));
        await station.CallAsync("Heartbeat", new { });
    }
}
