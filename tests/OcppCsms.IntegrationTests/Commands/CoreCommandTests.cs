using static OcppCsms.IntegrationTests.Commands.CommandApi;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>
/// The OCPP 1.6 Core profile's commands over REST: the exact frame a 1.6 station receives (and a 2.0.1 station, where
/// the command has a twin), and the 200 that carries the station's answer.
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class CoreCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Remote_start_sends_RemoteStartTransaction_with_its_TxProfile_in_1_6_terms()
    {
        await using var station = await fixture.StationAsync("CP-RSTART-16");
        var body = new
        {
            idTag = "TAG-REMOTE-1",
            connectorId = 1,
            chargingProfile = new
            {
                id = 7,
                stackLevel = 1,
                purpose = "TxProfile",
                kind = "Relative",
                schedule = new { duration = 3600, chargingRateUnit = "A", periods = new[] { new { startPeriod = 0, limit = 16.5 }, new { startPeriod = 1800, limit = 8.0 } } },
            },
        };

        var (sent, answer) = await RoundTripAsync(Admin, station, "remote-start", body, "RemoteStartTransaction", """{"status":"Accepted"}""");

        AssertJson("""
            {"connectorId":1,"idTag":"TAG-REMOTE-1","chargingProfile":{"chargingProfileId":7,"stackLevel":1,"chargingProfilePurpose":"TxProfile",
             "chargingProfileKind":"Relative","chargingSchedule":{"duration":3600,"chargingRateUnit":"A",
             "chargingSchedulePeriod":[{"startPeriod":0,"limit":16.5},{"startPeriod":1800,"limit":8.0}]}}}
            """, sent);
        Assert.False(answer.TryGetProperty("ocppRequestId", out _), "A 1.6 remote start has no id of the CSMS's.");
    }

    [Fact]
    public async Task Remote_start_to_a_2_0_1_station_is_RequestStartTransaction_with_a_Central_token_and_a_fresh_remoteStartId()
    {
        await using var station = await fixture.StationAsync("CP-RSTART-201", "ocpp2.0.1");

        var (first, firstAnswer) = await RoundTripAsync(Admin, station, "remote-start", new { idTag = "TAG-REMOTE-2", connectorId = 2 },
            "RequestStartTransaction", """{"status":"Accepted"}""");
        var (second, secondAnswer) = await RoundTripAsync(Admin, station, "remote-start", new { idTag = "TAG-REMOTE-2" },
            "RequestStartTransaction", """{"status":"Rejected","statusInfo":{"reasonCode":"NoEvse"}}""");

        var remoteStartId = first.GetProperty("remoteStartId").GetInt32();
        AssertJson($$$"""{"evseId":2,"remoteStartId":{{{remoteStartId}}},"idToken":{"idToken":"TAG-REMOTE-2","type":"Central"}}""", first);
        Assert.Equal(remoteStartId, firstAnswer.GetProperty("ocppRequestId").GetInt32());
        Assert.True(second.GetProperty("remoteStartId").GetInt32() > remoteStartId);
        Assert.Equal(second.GetProperty("remoteStartId").GetInt32(), secondAnswer.GetProperty("ocppRequestId").GetInt32());
        Assert.False(second.TryGetProperty("evseId", out _));
    }

    [Fact]
    public async Task Remote_stop_sends_the_integer_id_to_1_6_and_the_string_id_to_2_0_1()
    {
        await using var v16 = await fixture.StationAsync("CP-RSTOP-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "remote-stop", new { transactionId = 42 }, "RemoteStopTransaction", """{"status":"Accepted"}""");
        AssertJson("""{"transactionId":42}""", sent);
        (sent, _) = await RoundTripAsync(Admin, v16, "remote-stop", new { transactionId = "43" }, "RemoteStopTransaction", """{"status":"Rejected"}""");
        AssertJson("""{"transactionId":43}""", sent);
        var problem = await RefusedAsync(Admin, v16, "remote-stop", new { transactionId = "tx-44" }, "TypeConstraintViolation");
        Assert.Contains("integers", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await using var v201 = await fixture.StationAsync("CP-RSTOP-201", "ocpp2.0.1");
        (sent, _) = await RoundTripAsync(Admin, v201, "remote-stop", new { transactionId = "tx-45" }, "RequestStopTransaction", """{"status":"Accepted"}""");
        AssertJson("""{"transactionId":"tx-45"}""", sent);
    }

    [Fact]
    public async Task Reset_goes_out_in_each_version_s_terms_and_only_2_0_1_resets_one_evse()
    {
        await using var v16 = await fixture.StationAsync("CP-RESET-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "reset", new { type = "Hard" }, "Reset", """{"status":"Accepted"}""");
        AssertJson("""{"type":"Hard"}""", sent);
        await RefusedAsync(Admin, v16, "reset", new { type = "Soft", evseId = 1 }, "PropertyConstraintViolation");

        await using var v201 = await fixture.StationAsync("CP-RESET-201", "ocpp2.0.1");
        (sent, _) = await RoundTripAsync(Admin, v201, "reset", new { type = "Soft", evseId = 1 }, "Reset", """{"status":"Scheduled"}""");
        AssertJson("""{"type":"OnIdle","evseId":1}""", sent);
    }

    [Fact]
    public async Task Unlock_connector_names_the_1_6_connector_or_the_2_0_1_evse_and_connector()
    {
        await using var v16 = await fixture.StationAsync("CP-UNLOCK-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "unlock-connector", new { connectorId = 2 }, "UnlockConnector", """{"status":"Unlocked"}""");
        AssertJson("""{"connectorId":2}""", sent);
        await RefusedAsync(Admin, v16, "unlock-connector", new { connectorId = 2, evseId = 1 }, "PropertyConstraintViolation");

        await using var v201 = await fixture.StationAsync("CP-UNLOCK-201", "ocpp2.0.1");
        (sent, _) = await RoundTripAsync(Admin, v201, "unlock-connector", new { evseId = 1, connectorId = 2 }, "UnlockConnector", """{"status":"UnlockFailed"}""");
        AssertJson("""{"evseId":1,"connectorId":2}""", sent);
        (sent, _) = await RoundTripAsync(Admin, v201, "unlock-connector", new { connectorId = 3 }, "UnlockConnector", """{"status":"Unlocked"}""");
        AssertJson("""{"evseId":3,"connectorId":1}""", sent);
    }

    [Fact]
    public async Task Change_availability_addresses_the_station_a_connector_or_in_2_0_1_an_evse_and_its_connector()
    {
        await using var v16 = await fixture.StationAsync("CP-AVAIL-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "change-availability", new { connectorId = 0, type = "Inoperative" }, "ChangeAvailability", """{"status":"Scheduled"}""");
        AssertJson("""{"connectorId":0,"type":"Inoperative"}""", sent);
        await RefusedAsync(Admin, v16, "change-availability", new { connectorId = 1, evseId = 1, type = "Operative" }, "PropertyConstraintViolation");

        await using var v201 = await fixture.StationAsync("CP-AVAIL-201", "ocpp2.0.1");
        (sent, _) = await RoundTripAsync(Admin, v201, "change-availability", new { connectorId = 0, type = "Operative" }, "ChangeAvailability", """{"status":"Accepted"}""");
        AssertJson("""{"operationalStatus":"Operative"}""", sent);
        (sent, _) = await RoundTripAsync(Admin, v201, "change-availability", new { connectorId = 2, type = "Inoperative" }, "ChangeAvailability", """{"status":"Scheduled"}""");
        AssertJson("""{"operationalStatus":"Inoperative","evse":{"id":2}}""", sent);
        (sent, _) = await RoundTripAsync(Admin, v201, "change-availability", new { evseId = 1, connectorId = 2, type = "Inoperative" }, "ChangeAvailability", """{"status":"Rejected"}""");
        AssertJson("""{"operationalStatus":"Inoperative","evse":{"id":1,"connectorId":2}}""", sent);
    }

    [Fact]
    public async Task Get_configuration_asks_for_the_given_keys_or_all_of_them_and_is_1_6_only()
    {
        await using var v16 = await fixture.StationAsync("CP-GETCFG-16");
        var (sent, answer) = await RoundTripAsync(Admin, v16, "get-configuration", new { keys = new[] { "HeartbeatInterval", "NoSuchKey" } }, "GetConfiguration",
            """{"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"300"}],"unknownKey":["NoSuchKey"]}""");
        AssertJson("""{"key":["HeartbeatInterval","NoSuchKey"]}""", sent);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.GetProperty("status").ValueKind);
        (sent, _) = await RoundTripAsync(Admin, v16, "get-configuration", null, "GetConfiguration", """{"configurationKey":[]}""");
        AssertJson("{}", sent);

        await using var v201 = await fixture.StationAsync("CP-GETCFG-201", "ocpp2.0.1");
        var problem = await RefusedAsync(Admin, v201, "get-configuration", new { keys = new[] { "HeartbeatInterval" } }, "NotImplemented");
        Assert.Contains("get-variables", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_configuration_sets_one_key_and_is_1_6_only()
    {
        await using var v16 = await fixture.StationAsync("CP-SETCFG-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "change-configuration", new { key = "MeterValueSampleInterval", value = "60" }, "ChangeConfiguration",
            """{"status":"RebootRequired"}""");
        AssertJson("""{"key":"MeterValueSampleInterval","value":"60"}""", sent);

        await using var v201 = await fixture.StationAsync("CP-SETCFG-201", "ocpp2.0.1");
        var problem = await RefusedAsync(Admin, v201, "change-configuration", new { key = "MeterValueSampleInterval", value = "60" }, "NotImplemented");
        Assert.Contains("set-variables", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_cache_is_the_same_empty_call_in_both_versions()
    {
        await using var v16 = await fixture.StationAsync("CP-CACHE-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "clear-cache", null, "ClearCache", """{"status":"Accepted"}""");
        AssertJson("{}", sent);

        await using var v201 = await fixture.StationAsync("CP-CACHE-201", "ocpp2.0.1");
        (sent, _) = await RoundTripAsync(Admin, v201, "clear-cache", null, "ClearCache", """{"status":"Rejected"}""");
        AssertJson("{}", sent);
    }

    [Fact]
    public async Task Data_transfer_carries_text_to_1_6_and_any_json_to_2_0_1()
    {
        await using var v16 = await fixture.StationAsync("CP-DATA-16");
        var (sent, _) = await RoundTripAsync(Admin, v16, "data-transfer", new { vendorId = "com.example.csms", messageId = "ping", data = """{"n":1}""" }, "DataTransfer",
            """{"status":"Accepted","data":"pong"}""");
        AssertJson("""{"vendorId":"com.example.csms","messageId":"ping","data":"{\"n\":1}"}""", sent);
        await RefusedAsync(Admin, v16, "data-transfer", new { vendorId = "com.example.csms", data = new { n = 1 } }, "TypeConstraintViolation");

        await using var v201 = await fixture.StationAsync("CP-DATA-201", "ocpp2.0.1");
        (sent, _) = await RoundTripAsync(Admin, v201, "data-transfer", new { vendorId = "com.example.csms", data = new { n = new[] { 1, 2 } } }, "DataTransfer",
            """{"status":"UnknownVendorId"}""");
        AssertJson("""{"vendorId":"com.example.csms","data":{"n":[1,2]}}""", sent);
    }
}
