using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// NotifyEvent from a real 2.0.1 station (N07/N08): every eventData of every part kept as sent with its part's seqNo
/// and tbc, and listed at <c>GET /api/v1/stations/{id}/events</c> (paged, filtered, sorted) for Viewers.
/// </summary>
public sealed class StationEventTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    [Fact]
    public async Task Every_event_of_a_report_in_two_parts_is_kept_as_sent_and_listed_newest_first()
    {
        var id = UniqueId("CP-EVT");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");
        var generatedAt = new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

        var first = await station.CallAsync("NotifyEvent", new
        {
            generatedAt,
            tbc = true,
            seqNo = 0,
            eventData = new object[]
            {
                new
                {
                    eventId = 11, timestamp = generatedAt.AddMinutes(-2), trigger = "Alerting", actualValue = "81.5", techCode = "OVT", techInfo = "over temperature",
                    cleared = false, transactionId = "tx-1", variableMonitoringId = 4, eventNotificationType = "CustomMonitor",
                    component = new { name = "Connector", instance = "left", evse = new { id = 1, connectorId = 2 } },
                    variable = new { name = "Temperature", instance = "core" },
                },
                new
                {
                    eventId = 12, timestamp = generatedAt.AddMinutes(-1), trigger = "Delta", cause = 11, actualValue = "Faulted",
                    eventNotificationType = "HardWiredNotification", component = new { name = "EVSE", evse = new { id = 1 } }, variable = new { name = "AvailabilityState" },
                },
            },
        });
        await station.CallAsync("NotifyEvent", new
        {
            generatedAt,
            seqNo = 1,
            eventData = new[]
            {
                new
                {
                    eventId = 13, timestamp = generatedAt, trigger = "Periodic", actualValue = "230", eventNotificationType = "PreconfiguredMonitor",
                    component = new { name = "ChargingStation" }, variable = new { name = "Voltage" },
                },
            },
        });

        Assert.Equal("{}", first.GetRawText());
        var all = await fixture.GetAsync($"/api/v1/stations/{id}/events");
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal([13, 12, 11], EventIds(all));
        var alert = all.GetProperty("items")[2];
        Assert.Equal(
            ("Alerting", "81.5", "OVT", "over temperature", false, "tx-1", 4, "CustomMonitor"),
            (alert.Text("trigger"), alert.Text("actualValue"), alert.Text("techCode"), alert.Text("techInfo"), alert.GetProperty("cleared").GetBoolean(),
                alert.Text("transactionId"), alert.GetProperty("variableMonitoringId").GetInt32(), alert.Text("eventNotificationType")));
        Assert.True(JsonElement.DeepEquals(Json("""{"name":"Connector","instance":"left","evseId":1,"connectorId":2}"""), alert.GetProperty("component")));
        Assert.True(JsonElement.DeepEquals(Json("""{"name":"Temperature","instance":"core"}"""), alert.GetProperty("variable")));
        Assert.Equal((generatedAt.AddMinutes(-2), generatedAt, 0, true),
            (alert.GetProperty("timestamp").GetDateTime(), alert.GetProperty("generatedAt").GetDateTime(), alert.GetProperty("seqNo").GetInt32(), alert.GetProperty("tbc").GetBoolean()));
        var caused = all.GetProperty("items")[1];
        Assert.Equal((11, JsonValueKind.Null, JsonValueKind.Null), (caused.GetProperty("cause").GetInt32(), caused.GetProperty("cleared").ValueKind, caused.GetProperty("techCode").ValueKind));
        var last = all.GetProperty("items")[0];
        Assert.Equal((1, false), (last.GetProperty("seqNo").GetInt32(), last.GetProperty("tbc").GetBoolean()));

        var byComponent = await fixture.GetAsync($"/api/v1/stations/{id}/events?component=EVSE");
        var byVariable = await fixture.GetAsync($"/api/v1/stations/{id}/events?variable=Voltage");
        var byEventId = await fixture.GetAsync($"/api/v1/stations/{id}/events?sort=eventId&pageSize=2");
        Assert.Equal([12], EventIds(byComponent));
        Assert.Equal([13], EventIds(byVariable));
        Assert.Equal([11, 12], EventIds(byEventId));
    }

    [Fact]
    public async Task An_unknown_station_is_404_a_bad_filter_400_naming_it_and_only_signed_in_callers_read()
    {
        var id = UniqueId("CP-EVT-Q");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer");

        Assert.Equal(0, (await fixture.GetAsync($"/api/v1/stations/{id}/events")).GetProperty("totalCount").GetInt32());
        await ProblemAsync(await viewer.GetAsync("/api/v1/stations/CP-NOBODY/events"), HttpStatusCode.NotFound);
        var problem = await ProblemAsync(await viewer.GetAsync($"/api/v1/stations/{id}/events?component={new string('c', 51)}"), HttpStatusCode.BadRequest);
        Assert.Equal(["component"], ErrorFields(problem));
        await ProblemAsync(await viewer.GetAsync($"/api/v1/stations/{id}/events?sort=actualValue"), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/stations/{id}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.Http.GetAsync($"/api/v1/stations/{id}/events")).StatusCode);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static int[] EventIds(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("eventId").GetInt32()).ToArray();
}
