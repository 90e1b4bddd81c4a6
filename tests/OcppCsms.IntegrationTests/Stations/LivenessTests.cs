using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using EventsApi = OcppCsms.IntegrationTests.Events.EventsApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// The heartbeat monitor on a host whose stations beat every second, so that the default <c>Ocpp:OfflineAfterSeconds</c>
/// (2.5 intervals) passes within a test: a silent connected station goes offline with its connectors Unavailable and one
/// HeartbeatMissed per outage, and its next frame brings it and its reported statuses back.
/// </summary>
public sealed class LivenessTests(LivenessHost fixture) : IClassFixture<LivenessHost>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_silent_station_goes_offline_once_per_outage_and_its_next_frame_recovers_it()
    {
        using var client = await OperatorSession.BearerClientAsync(_host);
        var stationId = UniqueId("CP-LIVE");
        using var events = await EventsApi.ConnectWebSocketAsync(_host);
        await events.SendTextAsync(JsonSerializer.Serialize(new
        {
            type = "auth", token = await EventsApi.AccessTokenAsync(_host), types = new[] { "HeartbeatMissed" }, stationIds = new[] { stationId },
        }));
        Assert.Equal("authenticated", (await EventsApi.ReceiveJsonAsync(events)).Text("type"));
        await using var station = await TestStation.RegisterAndConnectAsync(_host, client, stationId);
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Liveness" });
        await station.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging" });

        var offline = await OfflineAsync(client, stationId, offline: true);
        var firstMissed = await EventsApi.ReceiveJsonAsync(events);

        Assert.True(offline.GetProperty("connected").GetBoolean());
        var connector = Assert.Single(offline.GetProperty("connectors").EnumerateArray(), c => c.GetProperty("connectorId").GetInt32() == 1);
        Assert.Equal(("Unavailable", "Charging"), (connector.Text("status"), connector.Text("reportedStatus")));
        Assert.Equal(stationId, firstMissed.Text("stationId"));
        Assert.Contains(await ListIdsAsync(client, "connected=true"), id => id == stationId);

        await station.CallAsync("Heartbeat", new { });
        var online = await GetAsync(client, stationId);

        Assert.False(online.GetProperty("offline").GetBoolean());
        Assert.Equal("Charging", Assert.Single(online.GetProperty("connectors").EnumerateArray(), c => c.GetProperty("connectorId").GetInt32() == 1).Text("status"));

        // Silent again: a second outage, reported with the heartbeat's time — the first outage was reported only once.
        await OfflineAsync(client, stationId, offline: true);
        var secondMissed = await EventsApi.ReceiveJsonAsync(events);
        Assert.True(secondMissed.GetProperty("data").GetProperty("lastSeenAt").GetDateTime() > firstMissed.GetProperty("data").GetProperty("lastSeenAt").GetDateTime());
        Assert.Equal(2.5, secondMissed.GetProperty("data").GetProperty("offlineAfterSeconds").GetDouble());
    }

    private static Task<JsonElement> OfflineAsync(HttpClient client, string stationId, bool offline) =>
        Poll.ForAsync(() => GetAsync(client, stationId), s => s.GetProperty("offline").GetBoolean() == offline, $"{stationId} offline={offline}");

    [Theory]
    [InlineData("1", "Ocpp:OfflineAfterSeconds must be between 2 and 604800 (got 1).")]
    [InlineData("604801", "Ocpp:OfflineAfterSeconds must be between 2 and 604800 (got 604801).")]
    public async Task An_OfflineAfterSeconds_within_the_heartbeat_interval_stops_the_start_naming_the_key(string value, string expected)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(
            database.HostEnvironment(("Ocpp__HeartbeatIntervalSeconds", "1"), ("Ocpp__OfflineAfterSeconds", value)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(host.StandardError, line => line.Contains(expected, StringComparison.Ordinal));
    }
}
