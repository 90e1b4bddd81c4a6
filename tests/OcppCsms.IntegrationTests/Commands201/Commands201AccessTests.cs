using System.Net;
using OcppCsms.IntegrationTests.Commands;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands201;

/// <summary>The 2.0.1-only commands are for Operators and end 409 at once for a station that is away; Viewers read the reports.</summary>
[Collection(CommandsCollection.Name)]
public sealed class Commands201AccessTests(CommandsHost fixture)
{
    private static readonly (string Command, object Body)[] Commands =
    [
        ("set-variable-monitoring", new { setMonitoringData = new[] { new { value = 1, type = "Delta", severity = 5, component = new { name = "EVSE" }, variable = new { name = "Power" } } } }),
        ("set-monitoring-base", new { monitoringBase = "All" }),
        ("set-monitoring-level", new { severity = 5 }),
        ("clear-variable-monitoring", new { id = new[] { 1 } }),
        ("get-monitoring-report", new { }),
        ("set-display-message", new { message = new { id = 1, priority = "NormalCycle", message = new { format = "UTF8", content = "Hi" } } }),
        ("get-display-messages", new { }),
        ("clear-display-message", new { id = 1 }),
        ("customer-information", new { report = true, clear = false, customerIdentifier = "C-1" }),
        ("cost-updated", new { totalCost = 1.5, transactionId = "tx-1" }),
        ("publish-firmware", new { location = "https://firmware.example.com/x.bin", checksum = "9e107d9d372bb6826bd81d3542a419d6" }),
        ("unpublish-firmware", new { checksum = "9e107d9d372bb6826bd81d3542a419d6" }),
        ("get-charging-profiles", new { chargingProfile = new { } }),
    ];

    [Fact]
    public async Task Each_command_is_409_for_a_station_that_is_away_and_403_for_a_viewer_who_may_read_the_reports()
    {
        using var operatorClient = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Operator", requestsPerMinute: 1000);
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer", requestsPerMinute: 1000);
        var away = StationApi.UniqueId("CP-AWAY-201");
        foreach (var (command, body) in Commands)
        {
            var problem = await ProblemAsync(await PostAsync(operatorClient, away, command, body), HttpStatusCode.Conflict);
            Assert.Equal("Offline", problem.GetProperty("outcome").GetString());
            await ProblemAsync(await PostAsync(viewer, away, command, body), HttpStatusCode.Forbidden);
        }

        await using var station = await fixture.StationAsync("CP-VIEWER-201", "ocpp2.0.1");
        await station.CallAsync("ClearedChargingLimit", new { chargingLimitSource = "SO" });
        var page = await JsonAsync(await viewer.GetAsync($"/api/v1/stations/{station.Id}/reports"), HttpStatusCode.OK);
        Assert.Equal("ClearedChargingLimit", Assert.Single(page.GetProperty("items").EnumerateArray()).Text("action"));
    }
}
