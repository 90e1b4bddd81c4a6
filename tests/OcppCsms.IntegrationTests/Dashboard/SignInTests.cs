using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>Signing in and out of the dashboard: a refused password, a session kept across a reload, and its end.</summary>
public sealed class SignInTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [BrowserFact]
    public async Task A_wrong_password_is_refused_and_a_session_survives_a_reload_until_signed_out()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/").ToString());
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong user name or password.");

        await fixture.SignInAsync(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("admin (Admin)");
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("Live");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('ocppcsms.session')"));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        // The refused sign-in answers 401, which the browser logs as a failed resource load; nothing else may appear.
        Assert.All(errors, error => Assert.Contains("401", error, StringComparison.Ordinal));
    }
}
