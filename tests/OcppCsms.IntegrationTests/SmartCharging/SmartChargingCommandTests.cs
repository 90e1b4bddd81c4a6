using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.SmartCharging.SmartChargingApi;

namespace OcppCsms.IntegrationTests.SmartCharging;

/// <summary>
/// SetChargingProfile, ClearChargingProfile and GetCompositeSchedule over REST to real station sockets: the exact
/// frames, what an answer changes in the profiles the CSMS shows, and every way a request is refused.
/// </summary>
public sealed class SmartChargingCommandTests(SmartChargingHostFixture fixture) : IClassFixture<SmartChargingHostFixture>
{
    private CsmsProcess Csms => fixture.Setup.Host;

    private HttpClient Admin => fixture.Setup.Admin;

    [Fact]
    public async Task Set_charging_profile_sends_the_1_6_frame_and_an_accepted_profile_is_shown_on_its_connector()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-SET");
        var body = new
        {
            connectorId = 1,
            chargingProfile = new
            {
                id = 7,
                stackLevel = 2,
                purpose = "TxDefaultProfile",
                kind = "Recurring",
                recurrency = "Daily",
                validFrom = "2026-01-01T00:00:00Z",
                validTo = "2027-01-01T00:00:00Z",
                schedule = new
                {
                    duration = 86400,
                    startSchedule = "2026-01-01T06:00:00Z",
                    chargingRateUnit = "A",
                    minChargingRate = 6,
                    periods = new object[] { new { startPeriod = 0, limit = 16, numberPhases = 3 }, new { startPeriod = 3600, limit = 10.5 } },
                },
            },
        };

        var (sent, answer) = await CommandAnsweredAsync(Admin, station, "set-charging-profile", body, "SetChargingProfile", """{"status":"Accepted"}""");

        AssertSent("""
            {"connectorId":1,"csChargingProfiles":{"chargingProfileId":7,"stackLevel":2,"chargingProfilePurpose":"TxDefaultProfile",
             "chargingProfileKind":"Recurring","recurrencyKind":"Daily","validFrom":"2026-01-01T00:00:00.000Z","validTo":"2027-01-01T00:00:00.000Z",
             "chargingSchedule":{"duration":86400,"startSchedule":"2026-01-01T06:00:00.000Z","chargingRateUnit":"A","minChargingRate":6,
              "chargingSchedulePeriod":[{"startPeriod":0,"limit":16,"numberPhases":3},{"startPeriod":3600,"limit":10.5}]}}}
            """, sent);
        Assert.Equal(("SetChargingProfile", "Accepted"), (answer.Text("action"), answer.Text("status")));
        var shown = Assert.Single(await ProfilesAsync(Admin, station.Id));
        Assert.Equal((1, "SetChargingProfile"), (shown.GetProperty("connectorId").GetInt32(), shown.Text("installedBy")));
        var profile = shown.GetProperty("chargingProfile");
        Assert.Equal((7, 2, "TxDefaultProfile", "Recurring", "Daily"), (profile.GetProperty("id").GetInt32(), profile.GetProperty("stackLevel").GetInt32(),
            profile.Text("purpose"), profile.Text("kind"), profile.Text("recurrency")));
        Assert.Equal(("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"), (profile.Text("validFrom"), profile.Text("validTo")));
        var schedule = profile.GetProperty("schedule");
        Assert.Equal((86400, "2026-01-01T06:00:00Z", "A", 6m), (schedule.GetProperty("duration").GetInt32(), schedule.Text("startSchedule"),
            schedule.Text("chargingRateUnit"), schedule.GetProperty("minChargingRate").GetDecimal()));
        Assert.Equal([(0, 16m), (3600, 10.5m)], schedule.GetProperty("periods").EnumerateArray()
            .Select(p => (p.GetProperty("startPeriod").GetInt32(), p.GetProperty("limit").GetDecimal())));
        Assert.Empty(await ProfilesAsync(Admin, station.Id, "?connectorId=2"));
        Assert.Single(await ProfilesAsync(Admin, station.Id, "?connectorId=1"));
    }

    [Fact]
    public async Task A_rejected_or_unsupported_profile_is_answered_and_not_kept()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-REJ");

        var (_, rejected) = await CommandAnsweredAsync(Admin, station, "set-charging-profile", new { connectorId = 0, chargingProfile = Profile(1, "ChargePointMaxProfile") },
            "SetChargingProfile", """{"status":"Rejected"}""");
        var (_, unsupported) = await CommandAnsweredAsync(Admin, station, "set-charging-profile", new { connectorId = 1, chargingProfile = Profile(2, "TxDefaultProfile") },
            "SetChargingProfile", """{"status":"NotSupported"}""");

        Assert.Equal(("Rejected", "NotSupported"), (rejected.Text("status"), unsupported.Text("status")));
        Assert.Empty(await ProfilesAsync(Admin, station.Id));
    }

    [Fact]
    public async Task A_profile_with_the_same_id_or_the_same_stack_level_and_purpose_on_its_connector_replaces_the_one_kept()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-REPL");
        async Task SetAsync(int connectorId, object profile) =>
            await CommandAnsweredAsync(Admin, station, "set-charging-profile", new { connectorId, chargingProfile = profile }, "SetChargingProfile", """{"status":"Accepted"}""");

        await SetAsync(1, Profile(1, "TxDefaultProfile", stackLevel: 0));
        await SetAsync(2, Profile(2, "TxDefaultProfile", stackLevel: 0));
        await SetAsync(1, Profile(3, "TxDefaultProfile", stackLevel: 1));
        await SetAsync(0, Profile(4, "ChargePointMaxProfile", stackLevel: 0));
        Assert.Equal([(0, 4), (1, 1), (1, 3), (2, 2)], await ProfileIdsAsync(Admin, station.Id));

        // OCPP 1.6 §3.13.2: same stack level and purpose on connector 1 replaces profile 1, not connector 2's.
        await SetAsync(1, Profile(5, "TxDefaultProfile", stackLevel: 0, limit: 8));
        // §5.16.4: the same id replaces the profile wherever it was.
        await SetAsync(2, Profile(3, "TxDefaultProfile", stackLevel: 3));

        Assert.Equal([(0, 4), (1, 5), (2, 2), (2, 3)], await ProfileIdsAsync(Admin, station.Id));
        var replaced = (await ProfilesAsync(Admin, station.Id, "?connectorId=1")).Single();
        Assert.Equal(8m, replaced.GetProperty("chargingProfile").GetProperty("schedule").GetProperty("periods")[0].GetProperty("limit").GetDecimal());
    }

    [Fact]
    public async Task Clearing_by_id_or_by_criteria_removes_exactly_what_the_station_removed()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-CLR");
        foreach (var (connectorId, profile) in new[]
                 {
                     (0, Profile(1, "ChargePointMaxProfile")), (1, Profile(2, "TxDefaultProfile")), (1, Profile(3, "TxDefaultProfile", stackLevel: 1)),
                     (2, Profile(4, "TxDefaultProfile", stackLevel: 1)), (2, Profile(5, "TxDefaultProfile", stackLevel: 2)),
                 })
        {
            await CommandAnsweredAsync(Admin, station, "set-charging-profile", new { connectorId, chargingProfile = profile }, "SetChargingProfile", """{"status":"Accepted"}""");
        }

        var (byId, cleared) = await CommandAnsweredAsync(Admin, station, "clear-charging-profile", new { id = 2 }, "ClearChargingProfile", """{"status":"Accepted"}""");
        AssertSent("""{"id":2}""", byId);
        Assert.Equal("Accepted", cleared.Text("status"));
        Assert.Equal([(0, 1), (1, 3), (2, 4), (2, 5)], await ProfileIdsAsync(Admin, station.Id));

        // Logical AND of the criteria (OCPP 1.6 errata on §6.13): stack level 1 of TxDefaultProfile on connector 2 only.
        var (byCriteria, _) = await CommandAnsweredAsync(Admin, station, "clear-charging-profile",
            new { connectorId = 2, chargingProfilePurpose = "TxDefaultProfile", stackLevel = 1 }, "ClearChargingProfile", """{"status":"Accepted"}""");
        AssertSent("""{"connectorId":2,"chargingProfilePurpose":"TxDefaultProfile","stackLevel":1}""", byCriteria);
        Assert.Equal([(0, 1), (1, 3), (2, 5)], await ProfileIdsAsync(Admin, station.Id));

        // Unknown: the station holds no TxDefaultProfile at all, whatever the CSMS believed.
        var (byPurpose, unknown) = await CommandAnsweredAsync(Admin, station, "clear-charging-profile", new { chargingProfilePurpose = "TxDefaultProfile" },
            "ClearChargingProfile", """{"status":"Unknown"}""");
        AssertSent("""{"chargingProfilePurpose":"TxDefaultProfile"}""", byPurpose);
        Assert.Equal("Unknown", unknown.Text("status"));
        Assert.Equal([(0, 1)], await ProfileIdsAsync(Admin, station.Id));

        var (all, _) = await CommandAnsweredAsync(Admin, station, "clear-charging-profile", new { }, "ClearChargingProfile", """{"status":"Accepted"}""");
        AssertSent("{}", all);
        Assert.Empty(await ProfilesAsync(Admin, station.Id));
    }

    [Fact]
    public async Task Get_composite_schedule_asks_for_the_connector_s_schedule_and_returns_the_station_s_answer()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-COMP");
        const string Schedule = """
            {"status":"Accepted","connectorId":1,"scheduleStart":"2026-03-01T10:00:00.000Z",
             "chargingSchedule":{"duration":3600,"chargingRateUnit":"W","chargingSchedulePeriod":[{"startPeriod":0,"limit":11000},{"startPeriod":1800,"limit":7400}]}}
            """;

        var (sent, answer) = await CommandAnsweredAsync(Admin, station, "get-composite-schedule", new { connectorId = 1, duration = 3600, chargingRateUnit = "W" },
            "GetCompositeSchedule", Schedule);

        AssertSent("""{"connectorId":1,"duration":3600,"chargingRateUnit":"W"}""", sent);
        Assert.Equal(("GetCompositeSchedule", "Accepted"), (answer.Text("action"), answer.Text("status")));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(Schedule).RootElement, answer.GetProperty("response")), answer.GetRawText());

        var (withoutUnit, rejected) = await CommandAnsweredAsync(Admin, station, "get-composite-schedule", new { connectorId = 9, duration = 60 },
            "GetCompositeSchedule", """{"status":"Rejected"}""");
        AssertSent("""{"connectorId":9,"duration":60}""", withoutUnit);
        Assert.Equal("Rejected", rejected.Text("status"));
    }

    [Fact]
    public async Task A_tx_profile_that_came_with_an_accepted_remote_start_is_kept_for_its_connector()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-RST");
        var txProfile = """
            {"chargingProfileId":30,"stackLevel":1,"chargingProfilePurpose":"TxProfile","chargingProfileKind":"Relative",
             "chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":12}]}}
            """;

        var refused = Admin.PostAsync($"/api/v1/stations/{station.Id}/ocpp/RemoteStartTransaction",
            Json($$"""{"connectorId":2,"idTag":"TAG-NO","chargingProfile":{{txProfile.Replace("30", "31", StringComparison.Ordinal)}}}"""));
        await station.AnswerNextAsync("RemoteStartTransaction", """{"status":"Rejected"}""");
        await JsonAsync(await refused, HttpStatusCode.OK);
        var accepted = Admin.PostAsync($"/api/v1/stations/{station.Id}/ocpp/RemoteStartTransaction", Json($$"""{"connectorId":1,"idTag":"TAG-RS","chargingProfile":{{txProfile}}}"""));
        await station.AnswerNextAsync("RemoteStartTransaction", """{"status":"Accepted"}""");
        await JsonAsync(await accepted, HttpStatusCode.OK);

        var kept = Assert.Single(await ProfilesAsync(Admin, station.Id));
        Assert.Equal((1, "RemoteStartTransaction"), (kept.GetProperty("connectorId").GetInt32(), kept.Text("installedBy")));
        var profile = kept.GetProperty("chargingProfile");
        Assert.Equal((30, "TxProfile", "Relative", JsonValueKind.Null), (profile.GetProperty("id").GetInt32(), profile.Text("purpose"), profile.Text("kind"),
            profile.GetProperty("transactionId").ValueKind));
    }

    [Fact]
    public async Task Invalid_bodies_are_refused_naming_the_field_and_nothing_is_sent()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-BAD");
        var valid = Profile(1, "TxDefaultProfile");
        (string Command, object Body, string Field)[] cases =
        [
            ("set-charging-profile", new { chargingProfile = valid }, "connectorId"),
            ("set-charging-profile", new { connectorId = -1, chargingProfile = valid }, "connectorId"),
            ("set-charging-profile", new { connectorId = 1 }, "chargingProfile"),
            ("set-charging-profile", new { connectorId = 0, chargingProfile = Profile(1, "TxProfile", transactionId: "5") }, "connectorId"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxProfile") }, "chargingProfile.transactionId"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxDefaultProfile", transactionId: "5") }, "chargingProfile.transactionId"),
            ("set-charging-profile", new { connectorId = 2, chargingProfile = Profile(1, "ChargePointMaxProfile") }, "connectorId"),
            ("set-charging-profile", new { connectorId = 0, chargingProfile = Profile(1, "ChargingStationExternalConstraints") }, "chargingProfile.purpose"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxDefaultProfile", stackLevel: -1) }, "chargingProfile.stackLevel"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxDefaultProfile", limit: -1) }, "chargingProfile.schedule.periods[0].limit"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxDefaultProfile", limit: 7.25m) }, "chargingProfile.schedule.periods[0].limit"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = WithPeriods(new { startPeriod = 60, limit = 10 }) }, "chargingProfile.schedule.periods"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = WithPeriods(new { startPeriod = 0, limit = 10 }, new { startPeriod = 0, limit = 8 }) },
                "chargingProfile.schedule.periods"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = WithPeriods() }, "chargingProfile.schedule.periods"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = WithPeriods(new { startPeriod = 0, limit = 10, numberPhases = 3, phaseToUse = 1 }) },
                "chargingProfile.schedule.periods[0].phaseToUse"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = new { id = 1, stackLevel = 0, purpose = "TxDefaultProfile", kind = "Recurring",
                schedule = new { startSchedule = "2026-01-01T00:00:00Z", chargingRateUnit = "A", periods = new[] { new { startPeriod = 0, limit = 10 } } } } },
                "chargingProfile.recurrency"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = new { id = 1, stackLevel = 0, purpose = "Sometimes", kind = "Absolute",
                schedule = new { chargingRateUnit = "A", periods = new[] { new { startPeriod = 0, limit = 10 } } } } }, "chargingProfile.purpose"),
            ("set-charging-profile", new { connectorId = 1, chargingProfile = new { id = 1, stackLevel = 0, purpose = "TxDefaultProfile",
                schedule = new { chargingRateUnit = "A", periods = new[] { new { startPeriod = 0, limit = 10 } } } } }, "chargingProfile.kind"),
            ("clear-charging-profile", new { id = 3, connectorId = 1 }, "id"),
            ("clear-charging-profile", new { stackLevel = -2 }, "stackLevel"),
            ("clear-charging-profile", new { chargingProfilePurpose = "ChargingStationExternalConstraints" }, "chargingProfilePurpose"),
            ("get-composite-schedule", new { connectorId = 1 }, "duration"),
            ("get-composite-schedule", new { duration = 60 }, "connectorId"),
            ("get-composite-schedule", new { connectorId = 1, duration = 0 }, "duration"),
            ("get-composite-schedule", new { connectorId = 1, duration = 60, chargingRateUnit = "kW" }, "chargingRateUnit"),
        ];

        foreach (var (command, body, field) in cases)
        {
            await AssertFieldRefusedAsync(await CommandAsync(Admin, station.Id, command, body), field);
        }

        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "A refused command reached the station.");
    }

    [Fact]
    public async Task What_a_version_cannot_carry_is_refused_before_it_is_sent()
    {
        await using var v16 = await ConnectAsync(Csms, Admin, "CP-SC-V16");
        await using var v201 = await ConnectAsync(Csms, Admin, "CP-SC-V201", "ocpp2.0.1");

        // OCPP 1.6 has no phaseToUse and only integer transaction ids.
        var phase = await CommandAsync(Admin, v16.Id, "set-charging-profile",
            new { connectorId = 1, chargingProfile = WithPeriods(new { startPeriod = 0, limit = 10, numberPhases = 1, phaseToUse = 2 }) });
        var text = await CommandAsync(Admin, v16.Id, "set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxProfile", transactionId: "tx-1") });
        // OCPP 2.0.1 K10.FR.02: no clear without an id or a criterion; K01.FR.41: a Relative profile has no startSchedule.
        var clearAll = await CommandAsync(Admin, v201.Id, "clear-charging-profile", new { });
        var relative = await CommandAsync(Admin, v201.Id, "set-charging-profile", new { connectorId = 1, chargingProfile = new { id = 1, stackLevel = 0,
            purpose = "TxDefaultProfile", kind = "Relative", schedule = new { startSchedule = "2026-01-01T00:00:00Z", chargingRateUnit = "A",
                periods = new[] { new { startPeriod = 0, limit = 10 } } } } });

        foreach (var (response, field) in new[] { (phase, "chargingProfile.schedule.periods[0].phaseToUse"), (text, "chargingProfile.transactionId"),
                     (clearAll, "id"), (relative, "chargingProfile.schedule.startSchedule") })
        {
            var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal("Invalid", problem.Text("outcome"));
            Assert.Contains(field, problem.Text("detail"), StringComparison.Ordinal);
        }

        Assert.False(await v16.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(200)), "A refused command reached the 1.6 station.");
        Assert.False(await v201.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(200)), "A refused command reached the 2.0.1 station.");
    }

    [Fact]
    public async Task The_2_0_1_twins_go_out_on_evses_in_2_0_1_terms()
    {
        await using var station = await ConnectAsync(Csms, Admin, "CP-SC-201", "ocpp2.0.1");

        var (set, _) = await CommandAnsweredAsync(Admin, station, "set-charging-profile", new { connectorId = 0, chargingProfile = new
        {
            id = 12, stackLevel = 1, purpose = "ChargePointMaxProfile", kind = "Absolute", validTo = "2027-01-01T00:00:00Z",
            schedule = new { startSchedule = "2026-01-01T00:00:00Z", chargingRateUnit = "W",
                periods = new object[] { new { startPeriod = 0, limit = 22000 }, new { startPeriod = 600, limit = 7400, numberPhases = 1, phaseToUse = 2 } } },
        } }, "SetChargingProfile", """{"status":"Accepted"}""");
        AssertSent("""
            {"evseId":0,"chargingProfile":{"id":12,"stackLevel":1,"chargingProfilePurpose":"ChargingStationMaxProfile","chargingProfileKind":"Absolute",
             "validTo":"2027-01-01T00:00:00.000Z","chargingSchedule":[{"id":12,"startSchedule":"2026-01-01T00:00:00.000Z","chargingRateUnit":"W",
              "chargingSchedulePeriod":[{"startPeriod":0,"limit":22000},{"startPeriod":600,"limit":7400,"numberPhases":1,"phaseToUse":2}]}]}}
            """, set);
        var kept = Assert.Single(await ProfilesAsync(Admin, station.Id, "?connectorId=0")).GetProperty("chargingProfile");
        Assert.Equal((12, "ChargePointMaxProfile", 2), (kept.GetProperty("id").GetInt32(), kept.Text("purpose"),
            kept.GetProperty("schedule").GetProperty("periods")[1].GetProperty("phaseToUse").GetInt32()));

        var (clear, _) = await CommandAnsweredAsync(Admin, station, "clear-charging-profile", new { connectorId = 0, chargingProfilePurpose = "ChargePointMaxProfile" },
            "ClearChargingProfile", """{"status":"Accepted"}""");
        AssertSent("""{"chargingProfileCriteria":{"evseId":0,"chargingProfilePurpose":"ChargingStationMaxProfile"}}""", clear);
        Assert.Empty(await ProfilesAsync(Admin, station.Id));

        var (composite, answer) = await CommandAnsweredAsync(Admin, station, "get-composite-schedule", new { connectorId = 2, duration = 900, chargingRateUnit = "A" },
            "GetCompositeSchedule", """{"status":"Accepted","schedule":{"evseId":2,"duration":900,"scheduleStart":"2026-03-01T10:00:00.000Z","chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16}]}}""");
        AssertSent("""{"evseId":2,"duration":900,"chargingRateUnit":"A"}""", composite);
        Assert.Equal(2, answer.GetProperty("response").GetProperty("schedule").GetProperty("evseId").GetInt32());
    }

    [Fact]
    public async Task A_station_that_is_not_connected_gets_409_at_once()
    {
        foreach (var (command, body) in new (string, object)[]
                 {
                     ("set-charging-profile", new { connectorId = 1, chargingProfile = Profile(1, "TxDefaultProfile") }),
                     ("clear-charging-profile", new { id = 1 }),
                     ("get-composite-schedule", new { connectorId = 1, duration = 60 }),
                 })
        {
            var problem = await ProblemAsync(await CommandAsync(Admin, "CP-SC-AWAY", command, body), HttpStatusCode.Conflict);
            Assert.Equal("Offline", problem.Text("outcome"));
        }
    }

    [Fact]
    public async Task Viewers_read_the_profiles_and_only_operators_send_the_commands()
    {
        using var viewer = await OperatorSession.ApiKeyClientAsync(Csms, "Viewer");
        using var operatorClient = await OperatorSession.ApiKeyClientAsync(Csms, "Operator");

        Assert.Empty(await ProfilesAsync(viewer, "CP-SC-NONE"));
        await AssertFieldRefusedAsync(await viewer.GetAsync("/api/v1/stations/CP-SC-NONE/charging-profiles?connectorId=-1"), "connectorId");
        Assert.Equal(HttpStatusCode.Forbidden, (await CommandAsync(viewer, "CP-SC-NONE", "clear-charging-profile", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CommandAsync(operatorClient, "CP-SC-NONE", "clear-charging-profile", new { })).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = Csms.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/stations/CP-SC-NONE/charging-profiles")).StatusCode);
    }

    private static object WithPeriods(params object[] periods) => new
    {
        id = 1,
        stackLevel = 0,
        purpose = "TxDefaultProfile",
        kind = "Absolute",
        schedule = new { startSchedule = "2026-01-01T00:00:00Z", chargingRateUnit = "A", periods },
    };

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
