using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>The Stations page in a real browser against the real host: live over the events WebSocket, no reloads.</summary>
public sealed class StationsPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [BrowserFact]
    public async Task A_station_that_connects_appears_online_with_its_connectors_without_a_reload()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Stations", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("Live");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stations" })).ToBeVisibleAsync();

        using var admin = await OperatorSession.BearerClientAsync(_host);
        await using var station = await TestStation.RegisterAndConnectAsync(_host, admin, "DASH-LIVE-1");
        await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Volt" });
        await station.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Available" });

        var row = page.Locator("tr[data-station='DASH-LIVE-1']");
        await Assertions.Expect(row).ToContainTextAsync("Online");
        await Assertions.Expect(row).ToContainTextAsync("ocpp1.6");
        await Assertions.Expect(row.Locator(".badge-available")).ToHaveTextAsync("#1 Available");

        await station.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging" });
        await Assertions.Expect(row.Locator(".badge-charging")).ToHaveTextAsync("#1 Charging");

        await DashboardFixture.ScreenshotAsync(page, "stations");
        await page.GetByLabel("Search").FillAsync("no-such-station");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.GetByLabel("Search").FillAsync("dash-live");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_pending_station_is_accepted_from_its_row()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Stations", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("Live");

        // Unknown stations are Pending by default (Ocpp:UnknownStations): its boot registers it.
        await using var station = await TestStation.ConnectAsync(_host, "DASH-PENDING-1");
        var boot = await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Volt" });
        Assert.Equal("Pending", boot.GetProperty("status").GetString());

        var row = page.Locator("tr[data-station='DASH-PENDING-1']");
        await page.GetByLabel("Registration").SelectOptionAsync("Pending");
        await Assertions.Expect(row).ToContainTextAsync("Pending");
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept DASH-PENDING-1" }).ClickAsync();
        await page.GetByLabel("Registration").SelectOptionAsync("Accepted");
        await Assertions.Expect(row).ToContainTextAsync("Accepted");

        using var admin = await OperatorSession.BearerClientAsync(_host);
        var registered = await admin.GetFromJsonAsync<JsonElement>("/api/v1/stations/DASH-PENDING-1");
        Assert.Equal("Accepted", registered.GetProperty("registrationStatus").GetString());
        Assert.Empty(errors);
    }
}
