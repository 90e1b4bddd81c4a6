using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Events;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// Firmware, diagnostics and log status notifications from a 1.6 station (OCPP 1.6 §4.4, §4.5; whitepaper §5.13,
/// §5.19): each is answered, kept, and shown over REST as the latest of its kind and in the history.
/// </summary>
public sealed class FirmwareStatusTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    [Fact]
    public async Task Every_notification_is_kept_and_the_latest_of_each_kind_is_shown()
    {
        var id = UniqueId("CP-FW");
        await using var station = await fixture.StationAsync(id);

        Assert.Equal("{}", (await station.CallAsync("FirmwareStatusNotification", new { status = "Downloading" })).GetRawText());
        await station.CallAsync("SignedFirmwareStatusNotification", new { status = "InstallVerificationFailed", requestId = 42 });
        await station.CallAsync("DiagnosticsStatusNotification", new { status = "Uploading" });
        await station.CallAsync("DiagnosticsStatusNotification", new { status = "Uploaded" });
        await station.CallAsync("LogStatusNotification", new { status = "Uploading", requestId = 9 });
        await station.CallAsync("LogStatusNotification", new { status = "UploadFailure", requestId = 9 });

        var overview = await fixture.GetAsync($"/api/v1/stations/{id}/firmware");
        Assert.Equal(id, overview.Text("stationId"));
        Assert.Equal(("Firmware", "InstallVerificationFailed", 42), Report(overview.GetProperty("firmware")));
        Assert.Equal(("Diagnostics", "Uploaded", (int?)null), Report(overview.GetProperty("diagnostics")));
        Assert.Equal(("Log", "UploadFailure", 9), Report(overview.GetProperty("log")));
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("firmwarePublication").ValueKind);
        Assert.InRange(overview.GetProperty("firmware").GetProperty("receivedAt").GetDateTime(), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));

        var history = await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history");
        Assert.Equal(6, history.GetProperty("totalCount").GetInt32());
        Assert.Equal(["UploadFailure", "Uploading", "Uploaded", "Uploading", "InstallVerificationFailed", "Downloading"], Statuses(history));
        var logs = await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history?kind=Log&sort=receivedAt");
        Assert.Equal(["Uploading", "UploadFailure"], Statuses(logs));
        var secondPage = await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history?pageSize=4&page=2");
        Assert.Equal(["InstallVerificationFailed", "Downloading"], Statuses(secondPage));
    }

    [Fact]
    public async Task A_station_that_never_reported_shows_nothing_an_unknown_one_is_404_and_a_bad_filter_400()
    {
        var id = UniqueId("CP-FW-QUIET");
        await using var station = await fixture.StationAsync(id);

        var overview = await fixture.GetAsync($"/api/v1/stations/{id}/firmware");
        Assert.All(new[] { "firmware", "diagnostics", "log", "firmwarePublication" }, kind => Assert.Equal(JsonValueKind.Null, overview.GetProperty(kind).ValueKind));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.GetAsync("/api/v1/stations/CP-NOBODY/firmware")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.GetAsync("/api/v1/stations/CP-NOBODY/firmware/history")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Admin.GetAsync($"/api/v1/stations/{id}/firmware/history?kind=Bios")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Admin.GetAsync($"/api/v1/stations/{id}/firmware/history?sort=status")).StatusCode);
    }

    [Fact]
    public async Task A_status_outside_the_version_s_enumeration_is_a_callerror_and_is_not_kept()
    {
        var id = UniqueId("CP-FW-BAD");
        await using var station = await fixture.StationAsync(id);

        // SignatureVerified exists for SignedFirmwareStatusNotification only.
        var (code, _) = await station.CallErrorAsync("FirmwareStatusNotification", new { status = "SignatureVerified" });

        Assert.Equal("PropertyConstraintViolation", code);
        Assert.Equal(0, (await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Viewers_read_the_statuses_and_anonymous_callers_do_not()
    {
        var id = UniqueId("CP-FW-VIEW");
        await using var station = await fixture.StationAsync(id);
        await station.CallAsync("FirmwareStatusNotification", new { status = "Installed" });
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer");

        using var read = await viewer.GetAsync($"/api/v1/stations/{id}/firmware");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.Http.GetAsync($"/api/v1/stations/{id}/firmware")).StatusCode);
    }

    private static (string?, string?, int?) Report(JsonElement report) =>
        (report.Text("kind"), report.Text("status"), report.GetProperty("requestId").ValueKind == JsonValueKind.Null ? null : report.GetProperty("requestId").GetInt32());

    private static string[] Statuses(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(item => item.Text("status")).ToArray();
}
