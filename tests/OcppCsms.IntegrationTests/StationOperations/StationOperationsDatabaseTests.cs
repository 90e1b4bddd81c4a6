using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Events;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// What station operations keep (1.6, and the 2.0.1 publication locations and NotifyEvent events), on SQLite and
/// PostgreSQL: the longest values the schemas allow (PostgreSQL enforces the
/// column lengths, SQLite does not), times as UTC, and the latest-of-each-kind query over several rows.
/// </summary>
public abstract class StationOperationsDatabaseTests
{
    private const string Vendor = "com.example.vendor";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Reports_events_and_data_transfers_of_the_longest_sizes_are_kept_and_read_back()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database, ("Ocpp__DataTransfer__AcceptedVendors__0", Vendor)));
        using var admin = await OperatorSession.BearerClientAsync(host);
        var id = StationApi.UniqueId("CP-OPS").PadRight(48, 'x');
        await using var station = await TestStation.RegisterAndConnectAsync(host, admin, id);
        var type = new string('T', 50);
        var techInfo = new string('i', 255);
        var messageId = new string('m', 50);
        var longVendor = Vendor.ToUpperInvariant() + new string('v', 255 - Vendor.Length);

        await station.CallAsync("FirmwareStatusNotification", new { status = "Downloading" });
        await station.CallAsync("SignedFirmwareStatusNotification", new { status = "InstallVerificationFailed", requestId = int.MaxValue });
        await station.CallAsync("LogStatusNotification", new { status = "NotSupportedOperation" });
        await station.CallAsync("SecurityEventNotification", new { type, timestamp = "2026-11-20T10:00:00+02:00", techInfo });
        Assert.Equal("UnknownVendorId", (await station.CallAsync("DataTransfer", new { vendorId = longVendor, messageId, data = "x" })).Text("status"));
        Assert.Equal("Accepted", (await station.CallAsync("DataTransfer", new { vendorId = Vendor.ToUpperInvariant(), messageId, data = new string('d', 10_000) })).Text("status"));

        var firmware = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{id}/firmware");
        Assert.Equal(("InstallVerificationFailed", int.MaxValue), (firmware.GetProperty("firmware").Text("status"), firmware.GetProperty("firmware").GetProperty("requestId").GetInt32()));
        Assert.Equal(("NotSupportedOperation", JsonValueKind.Null), (firmware.GetProperty("log").Text("status"), firmware.GetProperty("log").GetProperty("requestId").ValueKind));
        var securityEvent = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{id}/security-events")).GetProperty("items")[0];
        Assert.Equal((type, techInfo, "2026-11-20T08:00:00Z"), (securityEvent.Text("type"), securityEvent.Text("techInfo"), securityEvent.Text("timestamp")));
        var transfer = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{id}/data-transfers")).GetProperty("items").EnumerateArray());
        Assert.Equal((Vendor.ToUpperInvariant(), messageId, 10_000), (transfer.Text("vendorId"), transfer.Text("messageId"), transfer.Text("data").Length));
        var rows = await DbQuery.ListAsync(database, $"SELECT kind, status FROM stations_firmware_reports WHERE station_id = '{id}' ORDER BY received_at",
            r => (Kind: r.GetString(0), Status: r.GetString(1)));
        Assert.Equal([("Firmware", "Downloading"), ("Firmware", "InstallVerificationFailed"), ("Log", "NotSupportedOperation")], rows);
    }

    [DatabaseFact]
    public async Task A_2_0_1_publication_and_event_keep_their_longest_values()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var admin = await OperatorSession.BearerClientAsync(host);
        var id = StationApi.UniqueId("CP-PUB");
        await using var station = await TestStation.RegisterAndConnectAsync(host, admin, id, "ocpp2.0.1");
        string[] locations = ["https://lc.local/" + new string('é', 495), "ftp://lc.local/\"quoted\""];

        var (name, value, techCode, techInfo, transactionId) = (new string('n', 50), new string('v', 2500), new string('c', 50), new string('i', 500), new string('t', 36));

        await station.CallAsync("PublishFirmwareStatusNotification", new { status = "Published", location = locations, requestId = 1 });
        await station.CallAsync("NotifyEvent", new
        {
            generatedAt = "2026-11-20T10:00:00.123+02:00",
            seqNo = int.MaxValue,
            eventData = new[]
            {
                new
                {
                    eventId = int.MaxValue, timestamp = "2026-11-20T09:59:59.5+02:00", trigger = "Periodic", actualValue = value, techCode, techInfo, transactionId,
                    eventNotificationType = "PreconfiguredMonitor", component = new { name, instance = name }, variable = new { name, instance = name },
                },
            },
        });

        var publication = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{id}/firmware")).GetProperty("firmwarePublication");
        Assert.Equal(locations, publication.GetProperty("locations").EnumerateArray().Select(l => l.GetString()!));
        var kept = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{id}/events")).GetProperty("items")[0];
        Assert.Equal((value, techCode, techInfo, transactionId, name, name), (kept.Text("actualValue"), kept.Text("techCode"), kept.Text("techInfo"),
            kept.Text("transactionId"), kept.GetProperty("component").Text("instance"), kept.GetProperty("variable").Text("instance")));
        Assert.Equal(("2026-11-20T07:59:59.5Z", "2026-11-20T08:00:00.123Z"), (kept.Text("timestamp"), kept.Text("generatedAt")));
    }
}

public sealed class SqliteStationOperationsDatabaseTests : StationOperationsDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStationOperationsDatabaseTests(PostgresServer server) : StationOperationsDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
