using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>The Id tags and Tariffs pages in a real browser: what their forms send is what the API then holds.</summary>
public sealed class IdTagsAndTariffsPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [BrowserFact]
    public async Task A_tag_created_in_the_form_is_blocked_and_a_station_is_then_refused_it()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Id tags" }).ClickAsync();

        await page.Locator("summary", new() { HasText = "New id tag" }).ClickAsync();
        var create = page.Locator("details.operate form");
        await create.GetByLabel("Id tag", new() { Exact = true }).FillAsync("DASH-BLOCK-1");
        await create.GetByLabel("Description").FillAsync("Fleet card 1");
        await create.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        var row = page.Locator("tr[data-id-tag='DASH-BLOCK-1']");
        await Assertions.Expect(row).ToContainTextAsync("Accepted");
        await Assertions.Expect(row).ToContainTextAsync("Fleet card 1");

        await row.GetByRole(AriaRole.Button, new() { Name = "Block DASH-BLOCK-1" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Blocked");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Unblock DASH-BLOCK-1" })).ToBeVisibleAsync();

        using var admin = await OperatorSession.BearerClientAsync(_host);
        var stored = await admin.GetFromJsonAsync<JsonElement>("/api/v1/id-tags/DASH-BLOCK-1");
        Assert.Equal("Blocked", stored.GetProperty("status").GetString());
        Assert.Equal("Fleet card 1", stored.GetProperty("description").GetString());
        await using var station = await TestStation.RegisterAndConnectAsync(_host, admin, "DASH-TAGS-1");
        var authorize = await station.CallAsync("Authorize", new { idTag = "DASH-BLOCK-1" });
        Assert.Equal("Blocked", authorize.GetProperty("idTagInfo").GetProperty("status").GetString());

        await row.Locator("summary", new() { HasText = "Edit DASH-BLOCK-1" }).ClickAsync();
        await row.GetByLabel("Parent id tag").FillAsync("DASH-FLEET");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-id-tag='DASH-BLOCK-1']")).ToContainTextAsync("DASH-FLEET");
        await DashboardFixture.ScreenshotAsync(page, "id-tags");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_tariff_is_created_and_edited_through_the_form_or_its_absence_is_said()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        using var probe = await admin.GetAsync("/api/v1/tariffs");
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tariffs" }).ClickAsync();
        if (probe.StatusCode == HttpStatusCode.NotFound)
        {
            // A host without the billing module's tariff API (issue 7 not merged): the page says so instead of failing.
            await Assertions.Expect(page.GetByText("Tariffs are not available on this server", new() { Exact = false })).ToBeVisibleAsync();
            Assert.All(errors, error => Assert.StartsWith("Failed to load resource: the server responded with a status of 404", error, StringComparison.Ordinal));
            return;
        }

        await page.Locator("summary", new() { HasText = "New tariff" }).ClickAsync();
        var form = page.Locator("details.operate > form");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync("Dash standard");
        await form.GetByLabel("Currency").FillAsync("EUR");
        await form.GetByLabel("Price per kWh (net)").FillAsync("0.30");
        await form.GetByLabel("Session fee").FillAsync("1.00");
        await form.GetByLabel("Tax rate (%)").FillAsync("20");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add a period" }).ClickAsync();
        await form.GetByLabel("Period name").FillAsync("Night");
        await form.GetByLabel("Starts").FillAsync("22:00");
        await form.GetByLabel("Ends").FillAsync("06:00");
        await form.GetByLabel("Per kWh", new() { Exact = true }).FillAsync("0.20");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create tariff" }).ClickAsync();
        var row = page.Locator("tr[data-tariff='Dash standard']");
        await Assertions.Expect(row).ToContainTextAsync("20.00 %");
        await Assertions.Expect(row).ToContainTextAsync("Night: 22:00–06:00");

        await row.Locator("summary", new() { HasText = "Edit Dash standard" }).ClickAsync();
        await row.GetByLabel("Price per kWh (net)").FillAsync("0.35");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-tariff='Dash standard'] td").Nth(1)).ToHaveTextAsync("2");

        var tariffs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/tariffs");
        var saved = tariffs.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Dash standard");
        Assert.Equal(0.35m, saved.GetProperty("pricePerKwh").GetDecimal());
        Assert.Equal(0.2m, saved.GetProperty("taxRate").GetDecimal());
        Assert.Equal(1.00m, saved.GetProperty("sessionFee").GetDecimal());
        Assert.Equal("Night", saved.GetProperty("periods")[0].GetProperty("name").GetString());
        Assert.Empty(errors);
    }
}
