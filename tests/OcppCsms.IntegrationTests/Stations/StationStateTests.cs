using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Stations.StationStateApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// What accepted stations report and answer, as operators see it over REST: boot details, connector status (current,
/// history, out of order), availability and configuration keys from the answers to raw commands.
/// </summary>
public sealed class StationStateTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task A_1_6_boot_is_kept_with_every_detail_and_the_next_boot_replaces_it()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-BOOT16");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id);
        Assert.False((await GetAsync(admin, id)).TryGetProperty("boot", out _));

        var before = Now();
        await station.CallAsync("BootNotification", new
        {
            chargePointVendor = "Acme",
            chargePointModel = "AC-22",
            chargePointSerialNumber = "SN-0001",
            chargeBoxSerialNumber = "CB-0001",
            firmwareVersion = "1.2.3",
            iccid = "89310410106543789301",
            imsi = "262011234567890",
            meterType = "EM-3",
            meterSerialNumber = "M-77",
        });
        var boot = (await GetAsync(admin, id)).GetProperty("boot");
        Assert.Equal(
            ("ocpp1.6", null, "Acme", "AC-22", "SN-0001", "CB-0001", "1.2.3"),
            (boot.Text("protocol"), boot.Text("reason"), boot.Text("vendor"), boot.Text("model"), boot.Text("serialNumber"), boot.Text("chargeBoxSerialNumber"),
                boot.Text("firmwareVersion")));
        Assert.Equal(("89310410106543789301", "262011234567890", "EM-3", "M-77"),
            (boot.Text("iccid"), boot.Text("imsi"), boot.Text("meterType"), boot.Text("meterSerialNumber")));
        Assert.InRange(boot.GetProperty("bootedAt").GetDateTime(), before, DateTime.UtcNow);

        await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "AC-22", firmwareVersion = "1.3.0" });
        boot = (await GetAsync(admin, id)).GetProperty("boot");
        Assert.Equal(("1.3.0", null, null), (boot.Text("firmwareVersion"), boot.Text("serialNumber"), boot.Text("iccid")));
    }

    [Fact]
    public async Task A_2_0_1_boot_is_kept_in_the_same_columns_with_its_reason()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-BOOT201");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id, "ocpp2.0.1");

        await station.CallAsync("BootNotification", new
        {
            reason = "FirmwareUpdate",
            chargingStation = new
            {
                serialNumber = "SN-2001",
                model = "DC-150",
                vendorName = "Acme Charging Solutions International",
                firmwareVersion = "4.0.1",
                modem = new { iccid = "89310410106543789302", imsi = "262011234567891" },
            },
        });

        var boot = (await GetAsync(admin, id)).GetProperty("boot");
        Assert.Equal(
            ("ocpp2.0.1", "FirmwareUpdate", "Acme Charging Solutions International", "DC-150", "SN-2001", "4.0.1", "89310410106543789302", "262011234567891"),
            (boot.Text("protocol"), boot.Text("reason"), boot.Text("vendor"), boot.Text("model"), boot.Text("serialNumber"), boot.Text("firmwareVersion"),
                boot.Text("iccid"), boot.Text("imsi")));
        Assert.Null(boot.Text("meterType"));
    }

    [Fact]
    public async Task Each_connector_shows_its_newest_status_while_the_history_keeps_every_notification_in_or_out_of_order()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-STATUS");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id);
        using var client = await OperatorSession.BearerClientAsync(fixture.Host);
        await using var events = await ServerSentEventsClient.OpenAsync(client, $"/api/v1/events?type=StatusChanged&stationId={id}");
        var start = Now().AddMinutes(-10);

        await station.CallAsync("StatusNotification", Status16(0, "Available", start));
        await station.CallAsync("StatusNotification", Status16(1, "Preparing", start.AddMinutes(1)));
        await station.CallAsync("StatusNotification", Status16(1, "Charging", start.AddMinutes(3)));
        // Queued while the station was offline, delivered late: history only.
        await station.CallAsync("StatusNotification", Status16(1, "Finishing", start.AddMinutes(2)));
        var received = Now();
        await station.CallAsync("StatusNotification", new
        {
            connectorId = 2, errorCode = "GroundFailure", status = "Faulted", info = "RCD tripped", vendorId = "com.acme", vendorErrorCode = "E-17",
        });

        var connectors = await ConnectorsAsync(admin, id);
        Assert.Equal([(0, "Available"), (1, "Charging"), (2, "Faulted")],
            connectors.Select(c => (c.GetProperty("connectorId").GetInt32(), c.Text("status"))).ToList());
        Assert.All(connectors, c => Assert.Equal(0, c.GetProperty("evseId").GetInt32()));
        Assert.Equal(start.AddMinutes(3), connectors[1].GetProperty("statusTimestamp").GetDateTime());
        var faulted = connectors[2];
        Assert.Equal(("GroundFailure", "RCD tripped", "com.acme", "E-17"),
            (faulted.Text("errorCode"), faulted.Text("info"), faulted.Text("vendorId"), faulted.Text("vendorErrorCode")));
        // Without a timestamp a 1.6 status is as of its receipt.
        Assert.InRange(faulted.GetProperty("statusTimestamp").GetDateTime(), received, DateTime.UtcNow);

        var history = await HistoryAsync(admin, id);
        Assert.Equal(["Faulted", "Charging", "Finishing", "Preparing", "Available"], history.Select(e => e.Text("status")).ToList());
        Assert.Equal(["Preparing", "Charging", "Finishing"],
            (await HistoryAsync(admin, id, "connectorId=1&sort=receivedAt")).Select(e => e.Text("status")).ToList());
        await ProblemAsync(await admin.GetAsync($"/api/v1/stations/{id}/status-history?sort=status"), HttpStatusCode.BadRequest);
        await ProblemAsync(await admin.GetAsync($"/api/v1/stations/{UniqueId("CP-NONE")}/status-history"), HttpStatusCode.NotFound);

        // Published for each notification that moved a current status: not for the late one.
        var published = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var changed = await events.ReadEventAsync();
            published.Add(JsonDocument.Parse(changed!.Data).RootElement.GetProperty("data").Text("status"));
        }

        Assert.Equal(["Available", "Preparing", "Charging", "Faulted"], published);
    }

    [Fact]
    public async Task A_2_0_1_status_is_kept_per_evse_and_connector()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-STATUS201");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id, "ocpp2.0.1");
        var at = Now();

        await station.CallAsync("StatusNotification", StatusOf("ocpp2.0.1", 1, 1, "Occupied", at));
        await station.CallAsync("StatusNotification", StatusOf("ocpp2.0.1", 2, 1, "Available", at));

        var occupied = await ConnectorAsync(admin, id, 1, 1);
        Assert.Equal(("Occupied", null, at), (occupied.Text("status"), occupied.Text("errorCode"), occupied.GetProperty("statusTimestamp").GetDateTime()));
        Assert.Equal("Available", (await ConnectorAsync(admin, id, 2, 1)).Text("status"));
        Assert.Single(await HistoryAsync(admin, id, "evseId=2"));
    }

    [Fact]
    public async Task A_1_6_availability_change_is_kept_for_the_connector_or_with_connector_0_for_all()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-AVAIL16");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id);
        await station.CallAsync("StatusNotification", Status16(1, "Charging", Now()));
        await station.CallAsync("StatusNotification", Status16(2, "Available", Now()));

        var (scheduled, call) = await CommandAsync(admin, station, "ChangeAvailability", new { connectorId = 1, type = "Inoperative" }, new { status = "Scheduled" });
        Assert.Equal(("Scheduled", 1, "Inoperative"), (scheduled.Text("status"), call.Payload.GetProperty("connectorId").GetInt32(), call.Payload.Text("type")));
        var charging = await ConnectorAsync(admin, id, 0, 1);
        Assert.Equal((null, "Inoperative"), (charging.Text("availability"), charging.Text("scheduledAvailability")));

        await CommandAsync(admin, station, "ChangeAvailability", new { connectorId = 0, type = "Inoperative" }, new { status = "Accepted" });
        var connectors = await ConnectorsAsync(admin, id);
        Assert.Equal([(0, "Inoperative", null), (1, "Inoperative", null), (2, "Inoperative", null)],
            connectors.Select(c => (c.GetProperty("connectorId").GetInt32(), c.Text("availability"), c.Text("scheduledAvailability"))).ToList());
        Assert.Null(connectors[0].Text("status"));

        await CommandAsync(admin, station, "ChangeAvailability", new { connectorId = 2, type = "Operative" }, new { status = "Rejected" });
        Assert.Equal("Inoperative", (await ConnectorAsync(admin, id, 0, 2)).Text("availability"));
        await CommandAsync(admin, station, "ChangeAvailability", new { connectorId = 2, type = "Operative" }, new { status = "Accepted" });
        Assert.Equal("Operative", (await ConnectorAsync(admin, id, 0, 2)).Text("availability"));
        Assert.Equal("Inoperative", (await ConnectorAsync(admin, id, 0, 1)).Text("availability"));
    }

    [Fact]
    public async Task A_2_0_1_availability_change_is_kept_for_the_evse_and_its_connectors()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-AVAIL201");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id, "ocpp2.0.1");
        await station.CallAsync("StatusNotification", StatusOf("ocpp2.0.1", 1, 1, "Available", Now()));
        await station.CallAsync("StatusNotification", StatusOf("ocpp2.0.1", 1, 2, "Available", Now()));
        await station.CallAsync("StatusNotification", StatusOf("ocpp2.0.1", 2, 1, "Occupied", Now()));

        await CommandAsync(admin, station, "ChangeAvailability", new { operationalStatus = "Inoperative", evse = new { id = 1 } }, new { status = "Accepted" });
        await CommandAsync(admin, station, "ChangeAvailability", new { operationalStatus = "Inoperative", evse = new { id = 2, connectorId = 1 } },
            new { status = "Scheduled" });

        var connectors = await ConnectorsAsync(admin, id);
        Assert.Equal([(1, 0, "Inoperative", null), (1, 1, "Inoperative", null), (1, 2, "Inoperative", null), (2, 1, null, "Inoperative")],
            connectors.Select(c => (c.GetProperty("evseId").GetInt32(), c.GetProperty("connectorId").GetInt32(), c.Text("availability"),
                c.Text("scheduledAvailability"))).ToList());
    }

    [Fact]
    public async Task Configuration_keys_are_kept_as_last_read_or_set_and_a_write_only_key_without_its_value()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-CONFIG");
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, admin, id);
        Assert.Empty(await ConfigurationAsync(admin, id));

        var before = Now();
        await CommandAsync(admin, station, "GetConfiguration", new { }, new
        {
            configurationKey = new object[]
            {
                new { key = "HeartbeatInterval", @readonly = false, value = "300" },
                new { key = "NumberOfConnectors", @readonly = true, value = "2" },
                new { key = "LegacyKey", @readonly = false },
                // A station should never reveal it; if it does, it is not kept.
                new { key = "AuthorizationKey", @readonly = false, value = "0123456789abcdef" },
            },
        });
        var keys = await ConfigurationAsync(admin, id);
        Assert.Equal(["AuthorizationKey", "HeartbeatInterval", "LegacyKey", "NumberOfConnectors"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("300", false, false), (keys["HeartbeatInterval"].Text("value"), keys["HeartbeatInterval"].GetProperty("readonly").GetBoolean(),
            keys["HeartbeatInterval"].GetProperty("rebootRequired").GetBoolean()));
        Assert.True(keys["NumberOfConnectors"].GetProperty("readonly").GetBoolean());
        Assert.Null(keys["LegacyKey"].Text("value"));
        Assert.Null(keys["AuthorizationKey"].Text("value"));
        Assert.InRange(keys["HeartbeatInterval"].GetProperty("readAt").GetDateTime(), before, DateTime.UtcNow);

        await CommandAsync(admin, station, "ChangeConfiguration", new { key = "HeartbeatInterval", value = "60" }, new { status = "RebootRequired" });
        await CommandAsync(admin, station, "ChangeConfiguration", new { key = "authorizationkey", value = "fedcba9876543210" }, new { status = "Accepted" });
        await CommandAsync(admin, station, "ChangeConfiguration", new { key = "MeterValueSampleInterval", value = "10" }, new { status = "NotSupported" });
        keys = await ConfigurationAsync(admin, id);
        Assert.Equal(("60", true), (keys["HeartbeatInterval"].Text("value"), keys["HeartbeatInterval"].GetProperty("rebootRequired").GetBoolean()));
        Assert.Null(keys["AuthorizationKey"].Text("value"));
        Assert.Equal(JsonValueKind.String, keys["AuthorizationKey"].GetProperty("changedAt").ValueKind);
        Assert.False(keys.ContainsKey("MeterValueSampleInterval"));
        Assert.DoesNotContain("fedcba9876543210", await (await admin.GetAsync($"/api/v1/stations/{id}/configuration")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        // The value waited for a reboot: the next boot puts it in effect.
        await station.CallAsync("BootNotification", Boot16);
        Assert.False((await ConfigurationAsync(admin, id))["HeartbeatInterval"].GetProperty("rebootRequired").GetBoolean());

        await CommandAsync(admin, station, "GetConfiguration", new { key = new[] { "NumberOfConnectors", "LegacyKey" } },
            new { configurationKey = new[] { new { key = "NumberOfConnectors", @readonly = true, value = "3" } }, unknownKey = new[] { "LegacyKey" } });
        keys = await ConfigurationAsync(admin, id);
        Assert.Equal(["AuthorizationKey", "HeartbeatInterval", "NumberOfConnectors"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("3", keys["NumberOfConnectors"].Text("value"));

        // Read whole, the configuration is what the station answered: a key it no longer has is gone.
        await CommandAsync(admin, station, "GetConfiguration", new { }, new
        {
            configurationKey = new[] { new { key = "NumberOfConnectors", @readonly = true, value = "3" } },
        });
        Assert.Equal(["NumberOfConnectors"], (await ConfigurationAsync(admin, id)).Keys);
        await ProblemAsync(await admin.GetAsync($"/api/v1/stations/{UniqueId("CP-NONE")}/configuration"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_changes_what_is_given_and_leaves_the_rest()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-PATCH");
        var registered = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/stations", new { id, securityProfile = 0, description = "Hall A, bay 1" }),
            HttpStatusCode.Created);
        Assert.Equal("Hall A, bay 1", registered.Text("description"));

        var moved = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/stations/{id}", new { description = "Hall B, bay 4" }), HttpStatusCode.OK);
        Assert.Equal(("Hall B, bay 4", 0), (moved.Text("description"), moved.GetProperty("securityProfile").GetInt32()));
        var secured = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/stations/{id}", new { securityProfile = 3, certificateCommonName = "SN-PATCH" }),
            HttpStatusCode.OK);
        Assert.Equal(("Hall B, bay 4", 3, "SN-PATCH"), (secured.Text("description"), secured.GetProperty("securityProfile").GetInt32(), secured.Text("certificateCommonName")));
        var cleared = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/stations/{id}", new { description = "" }), HttpStatusCode.OK);
        Assert.Equal((null, 3, "SN-PATCH"), (cleared.Text("description"), cleared.GetProperty("securityProfile").GetInt32(), cleared.Text("certificateCommonName")));

        Assert.Equal(["body"], ErrorFields(await ProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/stations/{id}", new { }), HttpStatusCode.BadRequest)));
        Assert.Equal(["description"], ErrorFields(await ProblemAsync(
            await admin.PatchAsJsonAsync($"/api/v1/stations/{id}", new { description = new string('d', 201) }), HttpStatusCode.BadRequest)));
        await ProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/stations/{UniqueId("CP-NONE")}", new { description = "x" }), HttpStatusCode.NotFound);
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer");
        await ProblemAsync(await viewer.PatchAsJsonAsync($"/api/v1/stations/{id}", new { description = "x" }), HttpStatusCode.Forbidden);
        Assert.Null((await GetAsync(viewer, id)).Text("description"));
    }
}
