using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>A security setting that cannot mean what the operator wants stops the start, naming the key.</summary>
public sealed class SecuritySettingsTests
{
    [Theory]
    [InlineData("Cors__AllowedOrigins__0", "*", "Cors:AllowedOrigins")]
    [InlineData("Cors__AllowedOrigins__0", "https://*.example.com", "Cors:AllowedOrigins")]
    [InlineData("Cors__AllowedOrigins__0", "https://dashboard.example.com/", "Cors:AllowedOrigins")]
    [InlineData("Cors__AllowedOrigins__0", "https://dashboard.example.com/app", "Cors:AllowedOrigins")]
    [InlineData("Cors__AllowedOrigins__0", "ftp://dashboard.example.com", "Cors:AllowedOrigins")]
    [InlineData("Proxy__KnownProxies__0", "proxy.internal", "Proxy:KnownProxies")]
    [InlineData("Proxy__KnownProxies__0", "10", "Proxy:KnownProxies")]
    [InlineData("Proxy__KnownProxies__0", "[::1]:8080", "Proxy:KnownProxies")]
    [InlineData("Proxy__KnownNetworks__0", "10.0.0.0", "Proxy:KnownNetworks")]
    [InlineData("Proxy__KnownNetworks__0", "10.0.0.1/8", "Proxy:KnownNetworks")]
    [InlineData("Proxy__KnownNetworks__0", "10.0.0.0/33", "Proxy:KnownNetworks")]
    [InlineData("RateLimiting__LoginPerMinute", "0", "RateLimiting:LoginPerMinute")]
    [InlineData("RateLimiting__ApiPerMinute", "100001", "RateLimiting:ApiPerMinute")]
    [InlineData("Api__MaxRequestBodyBytes", "100", "Api:MaxRequestBodyBytes")]
    [InlineData("Metrics__Path", "metrics", "Metrics:Path")]
    [InlineData("Metrics__Path", "/metrics/{id}", "Metrics:Path")]
    [InlineData("Metrics__AllowedScrapers__0", "10.0.0.1/8", "Metrics:AllowedScrapers")]
    [InlineData("Metrics__AllowedScrapers__0", "scraper.local", "Metrics:AllowedScrapers")]
    public async Task A_bad_value_stops_the_start_with_exit_code_78_and_one_line_naming_the_key(string variable, string value, string key)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment((variable, value)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var error = Assert.Single(host.StandardError, line => line.Length > 0);
        Assert.StartsWith("OcppCsms cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(key, error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.AllOutput, StringComparison.Ordinal);
    }
}
