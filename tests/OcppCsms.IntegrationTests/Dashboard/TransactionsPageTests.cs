using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>The Transactions list and its filters in a real browser, through to a transaction's detail page.</summary>
public sealed class TransactionsPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [BrowserFact]
    public async Task The_list_filters_by_station_and_status_and_opens_a_completed_transaction()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        await using var station = await TestStation.RegisterAndConnectAsync(_host, admin, "DASH-TX-1");
        await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Volt" });
        var first = await station.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DASH-TX-TAG", meterStart = 2000, timestamp = DateTime.UtcNow.AddMinutes(-30) });
        var completedId = first.GetProperty("transactionId").GetInt32();
        await station.CallAsync("StopTransaction", new { transactionId = completedId, meterStop = 7500, timestamp = DateTime.UtcNow.AddMinutes(-5), reason = "EVDisconnected" });
        var second = await station.CallAsync("StartTransaction", new { connectorId = 2, idTag = "DASH-TX-TAG", meterStart = 0, timestamp = DateTime.UtcNow });
        var activeId = second.GetProperty("transactionId").GetInt32();

        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Transactions" }).ClickAsync();
        await page.GetByLabel("Station").FillAsync("DASH-TX-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-transaction='{activeId}']")).ToContainTextAsync("Active");
        await Assertions.Expect(page.Locator($"tr[data-transaction='{completedId}']")).ToContainTextAsync("5.50 kWh");

        await page.GetByLabel("Status").SelectOptionAsync("Completed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-transaction='{activeId}']")).ToHaveCountAsync(0);
        var completed = page.Locator($"tr[data-transaction='{completedId}']");
        await Assertions.Expect(completed).ToContainTextAsync("Completed");

        await completed.GetByRole(AriaRole.Link, new() { Name = completedId.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Transaction \\d+$"));
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("EVDisconnected");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("5.50 kWh");
        await Assertions.Expect(page.GetByText("No readings yet.")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
