using Microsoft.Playwright;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>
/// Debian's headless Chromium driven by Playwright (the driver ships in the NuGet package; no browser download). Outside
/// CI a machine without /usr/bin/chromium skips the browser tests with the reason; under CI=true they always run
/// (.ci/run installs the package).
/// </summary>
internal static class DashboardBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static string? SkipReason { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || File.Exists(ExecutablePath)
            ? null
            : $"The dashboard's browser tests need Chromium at {ExecutablePath} (apt-get install chromium).";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu"],
    });
}

/// <summary>A test that needs the browser; skipped with the reason where it cannot run (never under CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = DashboardBrowser.SkipReason;
}
