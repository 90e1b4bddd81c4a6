using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>An OCPP 2.0.1 station in the browser: EVSE badges, its device model reported and a variable set in place.</summary>
public sealed class Station201PageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [BrowserFact]
    public async Task A_reported_read_write_variable_is_set_through_set_variables()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        await using var station = await TestStation.RegisterAndConnectAsync(_host, admin, "DASH-201-1", "ocpp2.0.1");
        await station.CallAsync("BootNotification", new { reason = "PowerUp", chargingStation = new { model = "Volt", vendorName = "Acme" } });
        await station.CallAsync("StatusNotification", new { timestamp = DateTime.UtcNow, connectorStatus = "Available", evseId = 1, connectorId = 1 });
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Stations", Exact = true }).ClickAsync();
        var row = page.Locator("tr[data-station='DASH-201-1']");
        await Assertions.Expect(row).ToContainTextAsync("ocpp2.0.1");
        await Assertions.Expect(row.Locator(".badge-available")).ToHaveTextAsync("EVSE 1/1 Available");

        await row.GetByRole(AriaRole.Link, new() { Name = "DASH-201-1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Request the configuration report" }).ClickAsync();
        var report = await station.ReceiveCallAsync("GetBaseReport");
        Assert.Equal("ConfigurationInventory", report.Payload.GetProperty("reportBase").GetString());
        await station.AnswerAsync(report, new { status = "Accepted" });
        var requestId = report.Payload.GetProperty("requestId").GetInt32();
        await station.CallAsync("NotifyReport", $$$"""
            {"requestId":{{{requestId}}},"generatedAt":"2026-12-04T10:00:00Z","tbc":false,"seqNo":0,"reportData":[
              {"component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"},
               "variableAttribute":[{"value":"300","mutability":"ReadWrite"}]},
              {"component":{"name":"ChargingStation"},"variable":{"name":"AvailabilityState"},
               "variableAttribute":[{"value":"Available","mutability":"ReadOnly"}]}]}
            """);

        var setting = page.Locator("tr[data-setting='OCPPCommCtrlr.HeartbeatInterval']");
        await Assertions.Expect(setting).ToContainTextAsync("ReadWrite");
        await Assertions.Expect(page.Locator("tr[data-setting='ChargingStation.AvailabilityState']")).ToContainTextAsync("ReadOnly");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save ChargingStation.AvailabilityState" })).ToHaveCountAsync(0);

        await page.GetByLabel("Value of OCPPCommCtrlr.HeartbeatInterval").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save OCPPCommCtrlr.HeartbeatInterval" }).ClickAsync();
        var set = await station.ReceiveCallAsync("SetVariables");
        var data = set.Payload.GetProperty("setVariableData")[0];
        Assert.Equal("OCPPCommCtrlr", data.GetProperty("component").GetProperty("name").GetString());
        Assert.Equal("HeartbeatInterval", data.GetProperty("variable").GetProperty("name").GetString());
        Assert.Equal("60", data.GetProperty("attributeValue").GetString());
        await station.AnswerAsync(set, new
        {
            setVariableResult = new[]
            {
                new { attributeStatus = "Accepted", component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" } },
            },
        });
        await Assertions.Expect(setting).ToContainTextAsync("(Accepted)");
        Assert.Empty(errors);
    }
}
