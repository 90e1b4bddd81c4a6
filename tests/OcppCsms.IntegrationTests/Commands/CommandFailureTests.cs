using System.Diagnostics;
using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>
/// Every way a typed command can end without a 200: a body that is not valid (400 naming the field, nothing sent), a
/// value the station's version does not allow (400 from the schema check), a station that is away (409 at once), one
/// that answers with a CALLERROR (502 with its code) or not at all (504), and a caller who may only read (403).
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class CommandFailureTests(CommandsHost fixture)
{
    /// <summary>Every command the gateway maps, with a body that is valid for a 1.6 station.</summary>
    private static readonly (string Command, object? Body)[] Commands =
    [
        ("remote-start", new { idTag = "TAG-1" }),
        ("remote-stop", new { transactionId = 1 }),
        ("reset", new { type = "Soft" }),
        ("unlock-connector", new { connectorId = 1 }),
        ("change-availability", new { connectorId = 0, type = "Operative" }),
        ("get-configuration", null),
        ("change-configuration", new { key = "HeartbeatInterval", value = "300" }),
        ("clear-cache", null),
        ("data-transfer", new { vendorId = "com.example" }),
        ("get-diagnostics", new { location = "ftp://logs.example.com/" }),
        ("update-firmware", new { location = "https://fw.example.com/fw.bin", retrieveDate = "2026-12-01T00:00:00Z" }),
        ("trigger-message", new { requestedMessage = "Heartbeat" }),
        ("extended-trigger-message", new { requestedMessage = "Heartbeat" }),
        ("get-log", new { logType = "DiagnosticsLog", log = new { remoteLocation = "https://logs.example.com/" } }),
        ("signed-update-firmware", new
        {
            firmware = new
            {
                location = "https://fw.example.com/fw.bin",
                retrieveDateTime = "2026-12-01T00:00:00Z",
                signingCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
                signature = "c2ln",
            },
        }),
    ];

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Every_command_for_a_station_that_is_not_connected_is_409_at_once_and_forbidden_to_viewers()
    {
        using var operatorClient = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Operator", requestsPerMinute: 1000);
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer", requestsPerMinute: 1000);
        var away = StationApi.UniqueId("CP-AWAY");
        foreach (var (command, body) in Commands)
        {
            var clock = Stopwatch.StartNew();
            var problem = await ProblemAsync(await PostAsync(operatorClient, away, command, body), HttpStatusCode.Conflict);
            // The call timeout is 2 s: an answer that waited for a station would take at least that.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"{command} took {clock.Elapsed} to say the station is away.");
            Assert.Equal("Offline", problem.GetProperty("outcome").GetString());

            await ProblemAsync(await PostAsync(viewer, away, command, body), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task An_invalid_body_is_400_naming_its_fields_and_nothing_is_sent()
    {
        await using var station = await fixture.StationAsync("CP-BAD-BODY");

        async Task AssertFieldsAsync(string command, object body, params string[] fields)
        {
            var problem = await ProblemAsync(await PostAsync(Admin, station.Id, command, body), HttpStatusCode.BadRequest);
            Assert.Equal(fields.Order(StringComparer.Ordinal), ErrorFields(problem));
        }

        // Core, Firmware, Remote Trigger and Security: one body of each family.
        await AssertFieldsAsync("remote-start", new { connectorId = 0 }, "connectorId", "idTag");
        await AssertFieldsAsync("remote-start", new
        {
            idTag = "TAG-1",
            chargingProfile = new
            {
                id = 1, stackLevel = 0, purpose = "TxDefaultProfile", kind = "Relative", transactionId = "5",
                schedule = new { chargingRateUnit = "A", periods = new[] { new { startPeriod = 10, limit = 16 } } },
            },
        }, "chargingProfile.purpose", "chargingProfile.schedule.periods", "chargingProfile.transactionId");
        await AssertFieldsAsync("remote-stop", new { transactionId = 1.5 }, "transactionId");
        await AssertFieldsAsync("change-availability", new { evseId = 0 }, "connectorId", "evseId", "type");
        await AssertFieldsAsync("get-diagnostics", new { location = "not a uri", retries = -1, startTime = "2026-11-02T00:00:00Z", stopTime = "2026-11-01T00:00:00Z" },
            "location", "retries", "stopTime");
        await AssertFieldsAsync("trigger-message", """{"requestedMessage":"Coffee"}""", "requestedMessage");
        await AssertFieldsAsync("get-log", new { logType = "SecurityLog", log = new { remoteLocation = "" } }, "log.remoteLocation");
        await AssertFieldsAsync("signed-update-firmware", new
        {
            firmware = new { location = "https://fw.example.com/fw.bin", retrieveDateTime = "2026-12-01T00:00:00Z", signingCertificate = "MIIB", signature = "not base64!" },
        }, "firmware.signature", "firmware.signingCertificate");
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "An invalid command reached the station.");
    }

    [Fact]
    public async Task A_value_the_station_s_version_does_not_allow_is_400_from_the_schema_check_naming_the_field()
    {
        await using var station = await fixture.StationAsync("CP-TOO-LONG");

        var key = await RefusedAsync(Admin, station, "change-configuration", new { key = new string('K', 51), value = "1" }, "PropertyConstraintViolation");
        var idTag = await RefusedAsync(Admin, station, "remote-start", new { idTag = new string('T', 21) }, "PropertyConstraintViolation");

        Assert.Contains("'key'", key.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("'idTag'", idTag.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_error_is_502_with_the_station_s_code()
    {
        await using var station = await fixture.StationAsync("CP-CALLERROR");

        var posting = PostAsync(Admin, station.Id, "remote-start", new { idTag = "TAG-1" });
        await station.AnswerErrorAsync(await station.ReceiveCallAsync("RemoteStartTransaction"), "NotSupported", "no remote start here");
        var problem = await ProblemAsync(await posting, HttpStatusCode.BadGateway);

        Assert.Equal(("CallError", "NotSupported", "RemoteStartTransaction"),
            (problem.GetProperty("outcome").GetString(), problem.GetProperty("errorCode").GetString(), problem.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_silent_station_is_504_and_the_problem_keeps_the_request_id_it_may_still_report_under()
    {
        await using var station = await fixture.StationAsync("CP-SILENT");

        var posting = PostAsync(Admin, station.Id, "get-log", new { logType = "SecurityLog", requestId = 31, log = new { remoteLocation = "https://logs.example.com/" } });
        await station.ReceiveCallAsync("GetLog");
        var problem = await ProblemAsync(await posting, HttpStatusCode.GatewayTimeout);

        Assert.Equal(("TimedOut", 31), (problem.GetProperty("outcome").GetString(), problem.GetProperty("ocppRequestId").GetInt32()));
    }
}
