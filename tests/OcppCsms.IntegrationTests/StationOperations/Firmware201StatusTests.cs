using System.Text.Json;
using OcppCsms.IntegrationTests.Events;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// Firmware, firmware publication and log status notifications from a 2.0.1 station (L01, L03, N01): each is answered,
/// kept with its requestId in the same reports as 1.6, and shown over REST; a publication keeps its URIs (L03.FR.04).
/// </summary>
public sealed class Firmware201StatusTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    [Fact]
    public async Task Every_notification_is_kept_with_its_request_id_and_the_publication_with_its_locations()
    {
        var id = UniqueId("CP-FW201");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");
        string[] locations = ["http://lc.local/fw.bin", "ftp://lc.local/fw.bin"];

        Assert.Equal("{}", (await station.CallAsync("FirmwareStatusNotification", new { status = "Downloading", requestId = 5 })).GetRawText());
        await station.CallAsync("FirmwareStatusNotification", new { status = "InstallVerificationFailed", requestId = 5 });
        Assert.Equal("{}", (await station.CallAsync("PublishFirmwareStatusNotification", new { status = "Downloaded", requestId = 6 })).GetRawText());
        await station.CallAsync("PublishFirmwareStatusNotification", new { status = "Published", location = locations, requestId = 6 });
        Assert.Equal("{}", (await station.CallAsync("LogStatusNotification", new { status = "AcceptedCanceled", requestId = 7 })).GetRawText());
        await station.CallAsync("LogStatusNotification", new { status = "Idle" });

        var overview = await fixture.GetAsync($"/api/v1/stations/{id}/firmware");
        Assert.Equal(("Firmware", "InstallVerificationFailed", 5), Report(overview.GetProperty("firmware")));
        Assert.Equal(("FirmwarePublication", "Published", 6), Report(overview.GetProperty("firmwarePublication")));
        Assert.Equal(locations, overview.GetProperty("firmwarePublication").GetProperty("locations").EnumerateArray().Select(l => l.GetString()!));
        Assert.Equal(("Log", "Idle", (int?)null), Report(overview.GetProperty("log")));
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("diagnostics").ValueKind);
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("firmware").GetProperty("locations").ValueKind);

        var publications = await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history?kind=FirmwarePublication&sort=receivedAt");
        var items = publications.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["Downloaded", "Published"], items.Select(item => item.Text("status")));
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("locations").ValueKind);
        Assert.Equal(6, (await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_1_6_only_status_is_a_callerror_and_is_not_kept()
    {
        var id = UniqueId("CP-FW201-BAD");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");

        // Uploaded belongs to 1.6 DiagnosticsStatus; 2.0.1 FirmwareStatusEnumType has no such word.
        var (code, _) = await station.CallErrorAsync("FirmwareStatusNotification", new { status = "Uploaded", requestId = 1 });

        Assert.Equal("PropertyConstraintViolation", code);
        Assert.Equal(0, (await fixture.GetAsync($"/api/v1/stations/{id}/firmware/history")).GetProperty("totalCount").GetInt32());
    }

    private static (string?, string?, int?) Report(JsonElement report) =>
        (report.Text("kind"), report.Text("status"), report.GetProperty("requestId").ValueKind == JsonValueKind.Null ? null : report.GetProperty("requestId").GetInt32());
}
