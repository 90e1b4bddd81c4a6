using System.Net;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands201;

/// <summary>The OCPP 2.0.1 monitoring commands (part 2 N02–N06): the exact frame sent, the answer passed on, 1.6 refused.</summary>
[Collection(CommandsCollection.Name)]
public sealed class MonitoringCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Set_variable_monitoring_sends_the_monitors_and_returns_the_station_s_results()
    {
        await using var station = await fixture.StationAsync("CP-SETMON", "ocpp2.0.1");
        var body = new
        {
            setMonitoringData = new object[]
            {
                new { value = 400.5, type = "UpperThreshold", severity = 4, component = new { name = "EVSE", evse = new { id = 1 } }, variable = new { name = "Power" } },
                new { id = 7, transaction = true, value = 60, type = "Periodic", severity = 8, component = new { name = "TxCtrlr" }, variable = new { name = "EnergyImport", instance = "Total" } },
            },
        };
        const string answer = """
            {"setMonitoringResult":[
              {"id":12,"status":"Accepted","type":"UpperThreshold","severity":4,"component":{"name":"EVSE","evse":{"id":1}},"variable":{"name":"Power"}},
              {"id":7,"status":"Rejected","type":"Periodic","severity":8,"component":{"name":"TxCtrlr"},"variable":{"name":"EnergyImport","instance":"Total"}}]}
            """;
        var (sent, _) = await RoundTripAsync(Admin, station, "set-variable-monitoring", body, "SetVariableMonitoring", answer);
        AssertJson("""
            {"setMonitoringData":[
              {"value":400.5,"type":"UpperThreshold","severity":4,"component":{"name":"EVSE","evse":{"id":1}},"variable":{"name":"Power"}},
              {"id":7,"transaction":true,"value":60,"type":"Periodic","severity":8,"component":{"name":"TxCtrlr"},"variable":{"name":"EnergyImport","instance":"Total"}}]}
            """, sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "set-variable-monitoring",
            new { setMonitoringData = new[] { new { value = 1, type = "Delta", severity = 10, component = new { name = "EVSE" }, variable = new { name = "Power" } } } }),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("setMonitoringData[0].severity", out _), problem.GetRawText());
    }

    [Fact]
    public async Task Monitoring_base_level_and_clear_send_their_2_0_1_frames()
    {
        await using var station = await fixture.StationAsync("CP-MONBASE", "ocpp2.0.1");
        var (sent, _) = await RoundTripAsync(Admin, station, "set-monitoring-base", new { monitoringBase = "FactoryDefault" }, "SetMonitoringBase",
            """{"status":"Accepted"}""");
        AssertJson("""{"monitoringBase":"FactoryDefault"}""", sent);

        (sent, _) = await RoundTripAsync(Admin, station, "set-monitoring-level", new { severity = 5 }, "SetMonitoringLevel", """{"status":"Rejected"}""");
        AssertJson("""{"severity":5}""", sent);

        (sent, _) = await RoundTripAsync(Admin, station, "clear-variable-monitoring", new { id = new[] { 3, 12 } }, "ClearVariableMonitoring",
            """{"clearMonitoringResult":[{"status":"Accepted","id":3},{"status":"NotFound","id":12}]}""");
        AssertJson("""{"id":[3,12]}""", sent);

        await ProblemAsync(await PostAsync(Admin, station.Id, "set-monitoring-base", new { monitoringBase = "Everything" }), HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "clear-variable-monitoring", new { id = Array.Empty<int>() }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _), problem.GetRawText());
        problem = await ProblemAsync(await PostAsync(Admin, station.Id, "set-monitoring-level", new { severity = -1 }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("severity", out _), problem.GetRawText());
    }

    [Fact]
    public async Task Get_monitoring_report_allocates_a_requestId_and_answers_with_it()
    {
        await using var station = await fixture.StationAsync("CP-MONREPORT", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "get-monitoring-report",
            new { monitoringCriteria = new[] { "ThresholdMonitoring", "DeltaMonitoring" }, componentVariable = new[] { new { component = new { name = "EVSE", evse = new { id = 2, connectorId = 1 } } } } },
            "GetMonitoringReport", """{"status":"Accepted"}""");
        var requestId = answer.GetProperty("ocppRequestId").GetInt32();
        AssertJson($$$$"""
            {"requestId":{{{{requestId}}}},"monitoringCriteria":["ThresholdMonitoring","DeltaMonitoring"],"componentVariable":[{"component":{"name":"EVSE","evse":{"id":2,"connectorId":1}}}]}
            """, sent);

        (sent, answer) = await RoundTripAsync(Admin, station, "get-monitoring-report", new { }, "GetMonitoringReport", """{"status":"EmptyResultSet"}""");
        Assert.True(answer.GetProperty("ocppRequestId").GetInt32() > requestId);
        AssertJson($$$"""{"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}}}""", sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "get-monitoring-report", new { componentVariable = new[] { new { component = new { name = "" } } } }),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("componentVariable[0].component.name", out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_1_6_station_gets_no_monitoring_command()
    {
        await using var station = await fixture.StationAsync("CP-MON-16");
        var problem = await RefusedAsync(Admin, station, "set-monitoring-level", new { severity = 3 }, "NotImplemented");
        Assert.Equal("SetMonitoringLevel", problem.GetProperty("action").GetString());
        Assert.Contains("OCPP 1.6 has no SetMonitoringLevel", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await RefusedAsync(Admin, station, "get-monitoring-report", new { }, "NotImplemented");
    }
}
