using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Commands;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.DeviceModel.DeviceModelApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>OCPP 2.0.1 B07/B08: GetBaseReport and GetReport answered at once, their NotifyReport parts kept as the device model.</summary>
[Collection(CommandsCollection.Name)]
public sealed class DeviceModelReportTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task A_report_of_three_parts_is_stored_against_its_requestId_and_shown_over_variables()
    {
        await using var station = await fixture.StationAsync("CP-DM-REPORT", "ocpp2.0.1");
        await station.CallAsync("BootNotification", StationStateApi.Boot201);

        var (sent, answer) = await RoundTripAsync(Admin, station, "get-base-report", new { reportBase = "FullInventory" }, "GetBaseReport", """{"status":"Accepted"}""");
        var requestId = answer.GetProperty("ocppRequestId").GetInt32();
        AssertJson($$$"""{"requestId":{{{requestId}}},"reportBase":"FullInventory"}""", sent);

        await station.CallAsync("NotifyReport", $$$"""
            {"requestId":{{{requestId}}},"generatedAt":"2026-12-04T10:00:00Z","tbc":true,"seqNo":0,"reportData":[
              {"component":{"name":"ChargingStation"},"variable":{"name":"AvailabilityState"},
               "variableAttribute":[{"value":"Available","mutability":"ReadOnly"}],
               "variableCharacteristics":{"dataType":"OptionList","valuesList":"Available,Occupied,Reserved,Unavailable,Faulted","supportsMonitoring":true}}]}
            """);
        await station.CallAsync("NotifyReport", $$$"""
            {"requestId":{{{requestId}}},"generatedAt":"2026-12-04T10:00:01Z","tbc":true,"seqNo":1,"reportData":[
              {"component":{"name":"EVSE","evse":{"id":1}},"variable":{"name":"Power"},
               "variableAttribute":[{"type":"Actual","value":"0","mutability":"ReadOnly"},{"type":"MaxSet","value":"22000","mutability":"ReadOnly","constant":true}],
               "variableCharacteristics":{"unit":"W","dataType":"decimal","maxLimit":22000,"supportsMonitoring":true}}]}
            """);
        await station.CallAsync("NotifyReport", $$$"""
            {"requestId":{{{requestId}}},"generatedAt":"2026-12-04T10:00:02Z","tbc":false,"seqNo":2,"reportData":[
              {"component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"},
               "variableAttribute":[{"value":"300","persistent":true}],
               "variableCharacteristics":{"unit":"s","dataType":"integer","minLimit":10,"supportsMonitoring":false}},
              {"component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"},
               "variableAttribute":[{"mutability":"WriteOnly"}],
               "variableCharacteristics":{"dataType":"string","maxLimit":40,"supportsMonitoring":false}}]}
            """);

        var rows = await VariablesAsync(Admin, station.Id);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(("NotifyReport", requestId), (r.GetProperty("source").GetString(), r.GetProperty("reportRequestId").GetInt32())));
        var availability = Row(rows, "ChargingStation", "AvailabilityState");
        Assert.Equal(("Available", "ReadOnly", false), (availability.GetProperty("value").GetString(), availability.GetProperty("mutability").GetString(),
            availability.GetProperty("persistent").GetBoolean()));
        AssertJson("""{"unit":null,"dataType":"OptionList","minLimit":null,"maxLimit":null,"valuesList":"Available,Occupied,Reserved,Unavailable,Faulted","supportsMonitoring":true}""",
            availability.GetProperty("characteristics"));
        var maxPower = Row(rows, "EVSE", "Power", "MaxSet");
        Assert.Equal((1, "22000", true, 22000m), (maxPower.GetProperty("evseId").GetInt32(), maxPower.GetProperty("value").GetString(),
            maxPower.GetProperty("constant").GetBoolean(), maxPower.GetProperty("characteristics").GetProperty("maxLimit").GetDecimal()));
        var heartbeat = Row(rows, "OCPPCommCtrlr", "HeartbeatInterval");
        Assert.Equal(("300", "ReadWrite", true, 10m), (heartbeat.GetProperty("value").GetString(), heartbeat.GetProperty("mutability").GetString(),
            heartbeat.GetProperty("persistent").GetBoolean(), heartbeat.GetProperty("characteristics").GetProperty("minLimit").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, Row(rows, "SecurityCtrlr", "BasicAuthPassword").GetProperty("value").ValueKind);

        // Names are case-insensitive (part 2 §2.16, §2.53), in the filters as in the store.
        Assert.Equal(2, (await VariablesAsync(Admin, station.Id, "&component=evse")).Count);
        Assert.Single(await VariablesAsync(Admin, station.Id, "&component=ocppcommctrlr&variable=heartbeatinterval"));
    }

    [Fact]
    public async Task Get_report_sends_the_selection_and_a_1_6_station_is_refused_both_reports()
    {
        await using var station = await fixture.StationAsync("CP-DM-GETREPORT", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "get-report",
            new { componentVariable = new object[] { new { component = new { name = "EVSE", evse = new { id = 1 } }, variable = new { name = "Power" } }, new { component = new { name = "Connector" } } },
                componentCriteria = new[] { "Problem" } },
            "GetReport", """{"status":"EmptyResultSet"}""");
        AssertJson($$$"""
            {"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"componentCriteria":["Problem"],
             "componentVariable":[{"component":{"name":"EVSE","evse":{"id":1}},"variable":{"name":"Power"}},{"component":{"name":"Connector"}}]}
            """, sent);

        var invalid = await ProblemAsync(await PostAsync(Admin, station.Id, "get-report", new { componentVariable = new[] { new { component = new { name = "" } } } }),
            HttpStatusCode.BadRequest);
        Assert.Contains("componentVariable[0].component.name", ErrorFields(invalid));

        await using var v16 = await fixture.StationAsync("CP-DM-REPORT16");
        var refused = await RefusedAsync(Admin, v16, "get-base-report", new { reportBase = "FullInventory" }, "NotImplemented");
        Assert.Contains("get-configuration", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await RefusedAsync(Admin, v16, "get-report", new { componentCriteria = new[] { "Active" } }, "NotImplemented");
    }

    [Fact]
    public async Task A_1_6_station_s_configuration_keys_show_in_the_same_shape()
    {
        await using var station = await fixture.StationAsync("CP-DM-KEYS16");
        await station.CallAsync("BootNotification", StationStateApi.Boot16);
        await RoundTripAsync(Admin, station, "get-configuration", new { }, "GetConfiguration", """
            {"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"300"},{"key":"NumberOfConnectors","readonly":true,"value":"2"}]}
            """);

        var rows = await VariablesAsync(Admin, station.Id);
        Assert.Equal(2, rows.Count);
        var heartbeat = Row(rows, null, "HeartbeatInterval");
        Assert.Equal(("300", "ReadWrite", "GetConfiguration"), (heartbeat.GetProperty("value").GetString(), heartbeat.GetProperty("mutability").GetString(),
            heartbeat.GetProperty("source").GetString()));
        Assert.Equal("ReadOnly", Row(rows, null, "NumberOfConnectors").GetProperty("mutability").GetString());
        Assert.Single(await VariablesAsync(Admin, station.Id, "&variable=numberofconnectors"));
        Assert.Empty(await VariablesAsync(Admin, station.Id, "&component=ChargingStation"));
    }
}
