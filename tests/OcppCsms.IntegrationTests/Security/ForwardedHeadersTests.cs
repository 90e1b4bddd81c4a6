using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from configured proxies. The test client plays both the
/// proxy and the client: it connects from 127.0.0.1 and writes the headers itself.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task With_no_proxy_configured_forwarded_headers_are_ignored_by_the_rate_limit_and_the_audit_log()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("RateLimiting__LoginPerMinute", "3")));
        using var admin = await OperatorSession.BearerClientAsync(host);

        // Two more attempts exhaust 127.0.0.1's budget of three, whatever address each one claims.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "ghost-a", forwardedFor: "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "ghost-b", forwardedFor: "198.51.100.2")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(host, "ghost-c", forwardedFor: "198.51.100.3")).StatusCode);

        Assert.Equal("127.0.0.1", await AuditedClientIpAsync(admin, "ghost-a"));
        Assert.Equal("127.0.0.1", await AuditedClientIpAsync(admin, "ghost-b"));
        var warning = await host.WaitForOutputAsync(l => l.Contains("Rate limit reached", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("ip:127.0.0.1", JsonDocument.Parse(warning).RootElement.GetProperty("Partition").GetString());

        // Nor is the claimed scheme believed: links the API writes keep the scheme of the actual connection.
        Assert.StartsWith("http://", await CreatedLocationAsync(admin, forwardedProto: "https"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_a_configured_proxy_the_forwarded_client_gets_its_own_budget_and_audit_address()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(
            ("Proxy__KnownProxies__0", "127.0.0.1"),
            ("RateLimiting__LoginPerMinute", "2")));
        using var admin = await OperatorSession.BearerClientAsync(host);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "ghost-1", forwardedFor: "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "ghost-2", forwardedFor: "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(host, "ghost-3", forwardedFor: "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "ghost-4", forwardedFor: "198.51.100.2")).StatusCode);

        Assert.Equal("198.51.100.1", await AuditedClientIpAsync(admin, "ghost-1"));
        Assert.Equal("198.51.100.2", await AuditedClientIpAsync(admin, "ghost-4"));
        var warning = await host.WaitForOutputAsync(l => l.Contains("Rate limit reached", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("ip:198.51.100.1", JsonDocument.Parse(warning).RootElement.GetProperty("Partition").GetString());

        Assert.StartsWith("https://", await CreatedLocationAsync(admin, forwardedProto: "https"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_proxy_a_client_cannot_choose_its_address_and_an_ipv6_subscriber_has_one_budget_per_64()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(
            ("Proxy__KnownNetworks__0", "127.0.0.0/8"),
            ("RateLimiting__LoginPerMinute", "1")));

        // The proxy appends the address it saw; whatever the client wrote to the left of it is the client's own claim.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "spoof-1", forwardedFor: "203.0.113.1, 198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(host, "spoof-2", forwardedFor: "203.0.113.2, 198.51.100.7")).StatusCode);

        // Any address of one /64 is the same subscriber; the next /64 is another.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "six-1", forwardedFor: "2001:db8:1:2::1")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(host, "six-2", forwardedFor: "2001:db8:1:2:ffff:ffff:ffff:fffe")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "six-3", forwardedFor: "2001:db8:1:3::1")).StatusCode);
        await host.WaitForOutputAsync(l => l.Contains("\"Partition\":\"ip:2001:db8:1:2::/64\"", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    private static async Task<HttpResponseMessage> SignInAsync(CsmsProcess host, string username, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { username, password = "wrong-password-123" }),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        return await host.Http.SendAsync(request);
    }

    private static async Task<string?> AuditedClientIpAsync(HttpClient admin, string attemptedName)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={attemptedName}");
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("clientIp").GetString();
    }

    private static async Task<string> CreatedLocationAsync(HttpClient admin, string forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys")
        {
            Content = JsonContent.Create(new { name = $"proto-{Guid.NewGuid():N}", role = "Viewer" }),
        };
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var response = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
