using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>The Overview page in a real browser: totals, connectors by status and security events, kept live.</summary>
public sealed class OverviewPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [BrowserFact]
    public async Task The_overview_follows_stations_sessions_and_security_events_live()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("Live");
        await Assertions.Expect(page.Locator("[data-card='online'] .value")).ToHaveTextAsync("0");

        using var admin = await OperatorSession.BearerClientAsync(_host);
        await using var station = await TestStation.RegisterAndConnectAsync(_host, admin, "DASH-OVERVIEW-1");
        await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Volt" });
        await station.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Available" });
        await station.CallAsync("StatusNotification", new { connectorId = 2, errorCode = "NoError", status = "Available" });
        await Assertions.Expect(page.Locator("[data-card='online'] .value")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("tr[data-connector-status='Available']")).ToContainTextAsync("2");

        await station.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DASH-OV-TAG", meterStart = 0, timestamp = DateTime.UtcNow });
        await station.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging" });
        await Assertions.Expect(page.Locator("[data-card='active'] .value")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("tr[data-connector-status='Charging']")).ToContainTextAsync("1");
        await Assertions.Expect(page.Locator("tr[data-connector-status='Available']")).ToContainTextAsync("1");

        await station.CallAsync("SecurityEventNotification", new { type = "TamperDetectionActivated", timestamp = DateTime.UtcNow, techInfo = "lid opened" });
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "TamperDetectionActivated" })).ToContainTextAsync("lid opened");
        await Assertions.Expect(page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "overview");

        // Down to a tablet: nothing wider than the screen but the tables, which scroll inside their frames.
        await page.SetViewportSizeAsync(768, 1024);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 768 px");
        await page.GetByRole(AriaRole.Link, new() { Name = "Stations", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-station='DASH-OVERVIEW-1']")).ToContainTextAsync("Online");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The Stations page scrolls sideways at 768 px");
        Assert.Empty(errors);
    }
}
