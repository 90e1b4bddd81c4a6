using System.Net;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.DeviceModel.DeviceModelApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>OCPP 2.0.1 B05 SetVariables and B06 GetVariables: exact frames, per-item results, the device model kept from Accepted items only.</summary>
[Collection(CommandsCollection.Name)]
public sealed class VariableCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Get_variables_keeps_the_accepted_values_only()
    {
        await using var station = await fixture.StationAsync("CP-DM-GETVARS", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "get-variables", new
            {
                getVariableData = new object[]
                {
                    new { component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" } },
                    new { component = new { name = "EVSE", evse = new { id = 1 } }, variable = new { name = "Power" }, attributeType = "MaxSet" },
                    new { component = new { name = "Nowhere" }, variable = new { name = "Nothing" } },
                },
            },
            "GetVariables", """
            {"getVariableResult":[
              {"attributeStatus":"Accepted","attributeValue":"300","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}},
              {"attributeStatus":"Accepted","attributeType":"MaxSet","attributeValue":"11000","component":{"name":"EVSE","evse":{"id":1}},"variable":{"name":"Power"}},
              {"attributeStatus":"UnknownComponent","component":{"name":"Nowhere"},"variable":{"name":"Nothing"}}]}
            """);
        AssertJson("""
            {"getVariableData":[
              {"component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}},
              {"attributeType":"MaxSet","component":{"name":"EVSE","evse":{"id":1}},"variable":{"name":"Power"}},
              {"component":{"name":"Nowhere"},"variable":{"name":"Nothing"}}]}
            """, sent);
        Assert.Equal(3, answer.GetProperty("response").GetProperty("getVariableResult").GetArrayLength());

        var rows = await VariablesAsync(Admin, station.Id);
        Assert.Equal(2, rows.Count);
        var heartbeat = Row(rows, "OCPPCommCtrlr", "HeartbeatInterval");
        Assert.Equal(("300", "GetVariables"), (heartbeat.GetProperty("value").GetString(), heartbeat.GetProperty("source").GetString()));
        Assert.Equal(1, Row(rows, "EVSE", "Power", "MaxSet").GetProperty("evseId").GetInt32());
    }

    [Fact]
    public async Task Set_variables_keeps_the_value_of_each_accepted_item_found_by_its_address()
    {
        await using var station = await fixture.StationAsync("CP-DM-SETVARS", "ocpp2.0.1");
        var (sent, _) = await RoundTripAsync(Admin, station, "set-variables", new
            {
                setVariableData = new object[]
                {
                    new { component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" }, attributeValue = "600" },
                    new { component = new { name = "TxCtrlr" }, variable = new { name = "EVConnectionTimeOut" }, attributeValue = "90", attributeType = "Actual" },
                    new { component = new { name = "AuthCtrlr" }, variable = new { name = "Enabled" }, attributeValue = "false" },
                },
            },
            "SetVariables", """
            {"setVariableResult":[
              {"attributeStatus":"Rejected","component":{"name":"AuthCtrlr"},"variable":{"name":"Enabled"}},
              {"attributeStatus":"Accepted","attributeType":"Actual","component":{"name":"txctrlr"},"variable":{"name":"EVConnectionTimeOut"}},
              {"attributeStatus":"RebootRequired","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}]}
            """);
        AssertJson("""
            {"setVariableData":[
              {"attributeValue":"600","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}},
              {"attributeType":"Actual","attributeValue":"90","component":{"name":"TxCtrlr"},"variable":{"name":"EVConnectionTimeOut"}},
              {"attributeValue":"false","component":{"name":"AuthCtrlr"},"variable":{"name":"Enabled"}}]}
            """, sent);

        var row = Assert.Single(await VariablesAsync(Admin, station.Id));
        Assert.Equal(("TxCtrlr", "EVConnectionTimeOut", "90", "SetVariables"),
            (row.GetProperty("component").GetString(), row.GetProperty("variable").GetString(), row.GetProperty("value").GetString(), row.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Variable_commands_are_validated_and_refused_to_a_1_6_station()
    {
        await using var station = await fixture.StationAsync("CP-DM-VARS-BAD", "ocpp2.0.1");
        var twice = await ProblemAsync(await PostAsync(Admin, station.Id, "set-variables", new
            {
                setVariableData = new object[]
                {
                    new { component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" }, attributeValue = "60" },
                    new { component = new { name = "ocppcommctrlr" }, variable = new { name = "heartbeatinterval" }, attributeValue = "70", attributeType = "Actual" },
                },
            }), HttpStatusCode.BadRequest);
        Assert.Contains("setVariableData", ErrorFields(twice));
        var unnamed = await ProblemAsync(await PostAsync(Admin, station.Id, "get-variables", new
            {
                getVariableData = new[] { new { component = new { name = "EVSE", evse = new { id = 0 } }, variable = new { name = "" } } },
            }), HttpStatusCode.BadRequest);
        Assert.Equal(["getVariableData[0].component.evse.id", "getVariableData[0].variable.name"], ErrorFields(unnamed).Order());
        await ProblemAsync(await PostAsync(Admin, station.Id, "get-variables", new { getVariableData = Array.Empty<object>() }), HttpStatusCode.BadRequest);
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "An invalid command reached the station.");

        await using var v16 = await fixture.StationAsync("CP-DM-VARS16");
        var get = await RefusedAsync(Admin, v16, "get-variables",
            new { getVariableData = new[] { new { component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" } } } }, "NotImplemented");
        Assert.Contains("get-configuration", get.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var set = await RefusedAsync(Admin, v16, "set-variables",
            new { setVariableData = new[] { new { component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" }, attributeValue = "60" } } },
            "NotImplemented");
        Assert.Contains("change-configuration", set.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
