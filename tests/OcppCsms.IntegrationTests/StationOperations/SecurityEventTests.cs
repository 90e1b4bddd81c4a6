using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Events;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// SecurityEventNotification (whitepaper §5.15, 2.0.1 A04): every event is kept and listed; the ones the version's list
/// marks critical (whitepaper §8, 2.0.1 appendix 1) are logged at Warning and published as SecurityEventReceived.
/// </summary>
public sealed class SecurityEventTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    [Fact]
    public async Task Events_are_kept_and_listed_newest_first_with_filters()
    {
        var id = UniqueId("CP-SEC");
        await using var station = await fixture.StationAsync(id);
        var techInfo = new string('t', 255);

        Assert.Equal("{}", (await station.CallAsync("SecurityEventNotification",
            new { type = "InvalidMessages", timestamp = "2026-11-20T10:00:00Z" })).GetRawText());
        await station.CallAsync("SecurityEventNotification", new { type = "TamperDetectionActivated", timestamp = "2026-11-20T11:30:00.5Z", techInfo });

        var all = await fixture.GetAsync($"/api/v1/stations/{id}/security-events");
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        var newest = all.GetProperty("items")[0];
        Assert.Equal(("TamperDetectionActivated", techInfo, true), (newest.Text("type"), newest.Text("techInfo"), newest.GetProperty("critical").GetBoolean()));
        Assert.Equal("2026-11-20T11:30:00.5Z", newest.Text("timestamp"));
        var oldest = all.GetProperty("items")[1];
        Assert.Equal(("InvalidMessages", JsonValueKind.Null, false), (oldest.Text("type"), oldest.GetProperty("techInfo").ValueKind, oldest.GetProperty("critical").GetBoolean()));

        var critical = await fixture.GetAsync($"/api/v1/stations/{id}/security-events?critical=true");
        Assert.Equal("TamperDetectionActivated", Assert.Single(critical.GetProperty("items").EnumerateArray()).Text("type"));
        var byType = await fixture.GetAsync($"/api/v1/stations/{id}/security-events?type=InvalidMessages&sort=receivedAt");
        Assert.Equal("InvalidMessages", Assert.Single(byType.GetProperty("items").EnumerateArray()).Text("type"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.GetAsync("/api/v1/stations/CP-NOBODY/security-events")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Admin.GetAsync($"/api/v1/stations/{id}/security-events?type={new string('x', 51)}")).StatusCode);
    }

    [Fact]
    public async Task A_critical_event_is_published_and_logged_at_warning_and_a_plain_one_is_not_published()
    {
        var id = UniqueId("CP-SEC-CRIT");
        await using var station = await fixture.StationAsync(id);
        await using var stream = await ServerSentEventsClient.OpenAsync(fixture.Admin, $"/api/v1/events?type=SecurityEventReceived&stationId={id}");

        await station.CallAsync("SecurityEventNotification", new { type = "ReconfigurationOfSecurityParameters", timestamp = "2026-11-20T10:00:00Z" });
        await station.CallAsync("SecurityEventNotification", new { type = "ResetOrReboot", timestamp = "2026-11-20T10:05:00Z", techInfo = "watchdog" });

        // Events reach a subscriber in the order they were published: had the plain one been published, it would come first.
        var published = await stream.ReadEventAsync();
        Assert.NotNull(published);
        Assert.Equal("SecurityEventReceived", published.Event);
        var data = JsonDocument.Parse(published.Data).RootElement.GetProperty("data");
        Assert.Equal(("ResetOrReboot", "watchdog"), (data.Text("type"), data.Text("techInfo")));
        var warning = await fixture.Host.WaitForOutputAsync(line => line.Contains(id, StringComparison.Ordinal) && line.Contains("critical security event", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Contains("\"level\":\"Warning\"", warning, StringComparison.Ordinal);
        Assert.Contains("ResetOrReboot", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_version_s_own_list_decides_what_is_critical()
    {
        var v16 = UniqueId("CP-SEC-16");
        var v201 = UniqueId("CP-SEC-201");
        await using var old = await fixture.StationAsync(v16);
        await using var current = await fixture.StationAsync(v201, "ocpp2.0.1");

        // Critical in 2.0.1's appendix 1, not in the whitepaper's §8 (where it is named InvalidCentralSystemCertificate).
        await old.CallAsync("SecurityEventNotification", new { type = "InvalidCentralSystemCertificate", timestamp = "2026-11-20T10:00:00Z" });
        Assert.Equal("{}", (await current.CallAsync("SecurityEventNotification", new { type = "InvalidCsmsCertificate", timestamp = "2026-11-20T10:00:00Z" })).GetRawText());

        Assert.False(Single(await fixture.GetAsync($"/api/v1/stations/{v16}/security-events")).GetProperty("critical").GetBoolean());
        var event201 = Single(await fixture.GetAsync($"/api/v1/stations/{v201}/security-events"));
        Assert.Equal(("InvalidCsmsCertificate", true), (event201.Text("type"), event201.GetProperty("critical").GetBoolean()));
    }

    private static JsonElement Single(JsonElement page) => Assert.Single(page.GetProperty("items").EnumerateArray());
}
