using System.Net.Http.Json;
using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>
/// One host on a fresh SQLite file and one browser for the dashboard tests. Each test opens its own browser context (its
/// own sessionStorage), so sign-ins do not leak between tests. Pages fail the test on any console error: a script blocked
/// by the Content-Security-Policy or an uncaught exception shows up there.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>Where the tests leave screenshots of the main pages (README's docs/img/ copies are taken from here).</summary>
    internal static string ArtifactsDirectory { get; } = Path.Combine(HostBinary.RepositoryRoot, "test-artifacts", "dashboard");

    public async Task InitializeAsync()
    {
        Host = await CsmsProcess.StartAsync(_database.HostEnvironment(("RateLimiting__WsConnectionsPerMinute", "10000")));
        if (DashboardBrowser.SkipReason is null)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await DashboardBrowser.LaunchAsync(_playwright);
            Assertions.SetDefaultExpectTimeout(15_000);
        }
    }

    /// <summary>A new page in a new context, at tablet-or-wider size, collecting console errors into <paramref name="errors"/>.</summary>
    internal async Task<IPage> NewPageAsync(List<string> errors, int width = 1280, int height = 860)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return page;
    }

    /// <summary>Opens the dashboard and signs in through its form.</summary>
    internal async Task SignInAsync(IPage page, string username = "admin", string password = TestSecrets.AdminPassword)
    {
        await page.GotoAsync(new Uri(Host.BaseAddress, "/").ToString());
        await page.GetByLabel("User name").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    /// <summary>Saves the whole page as <c>test-artifacts/dashboard/{name}.png</c>, once the network is quiet.</summary>
    internal static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, $"{name}.png"), FullPage = true });
    }

    /// <summary>Creates an operator account of <paramref name="role"/> through the API and answers its password.</summary>
    internal async Task<string> CreateUserAsync(string username, string role)
    {
        const string password = "dashboard-test-password";
        using var admin = await OperatorSession.BearerClientAsync(Host);
        using var created = await admin.PostAsJsonAsync("/api/v1/users", new { username, password, role });
        created.EnsureSuccessStatusCode();
        return password;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }

        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
