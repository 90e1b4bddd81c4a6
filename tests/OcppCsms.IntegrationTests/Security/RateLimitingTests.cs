using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>
/// Budgets per minute: sign-in per client address, the rest of the API per user or API key (or per address without
/// credentials), nothing outside the API. Each test starts its own host, so budgets never leak between tests; every
/// test finishes well inside the one-minute window its budgets live in.
/// </summary>
public sealed class RateLimitingTests
{
    [Fact]
    public async Task Sign_in_and_refresh_share_a_per_address_budget_and_the_next_attempt_gets_429_with_retry_after()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("RateLimiting__LoginPerMinute", "3")));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "/api/v1/auth/login")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, "/api/v1/auth/login")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" })).StatusCode);
        var refused = await SignInAsync(host, "/api/v1/auth/login");

        var problem = await ProblemResponse.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("At most 3 sign-in and token refresh requests a minute are accepted from one address.", problem.GetProperty("detail").GetString());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);

        // The budget covers the refresh endpoint and every spelling routing accepts for the same endpoints.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(host, "/API/V1/Auth/Login/")).StatusCode);

        var warning = await JsonLineAsync(host, l => l.GetProperty("message").GetString()!.StartsWith("Rate limit reached", StringComparison.Ordinal));
        Assert.Equal("Warning", warning.GetProperty("level").GetString());
        Assert.Equal("SignIn", warning.GetProperty("Scope").GetString());
        Assert.Equal("ip:127.0.0.1", warning.GetProperty("Partition").GetString());
        Assert.Equal(3, warning.GetProperty("PermitLimit").GetInt32());
        Assert.Equal(problem.GetProperty("requestId").GetString(), warning.GetProperty("RequestId").GetString());
    }

    [Fact]
    public async Task Every_api_key_and_user_spends_its_own_budget_and_a_keys_own_limit_replaces_the_default()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("RateLimiting__ApiPerMinute", "5")));

        // Creating the four keys spends four of the admin's five requests.
        using var first = await OperatorSession.ApiKeyClientAsync(host, "Viewer");
        using var second = await OperatorSession.ApiKeyClientAsync(host, "Viewer");
        using var stricter = await OperatorSession.ApiKeyClientAsync(host, "Viewer", requestsPerMinute: 2);
        using var generous = await OperatorSession.ApiKeyClientAsync(host, "Viewer", requestsPerMinute: 8);

        Assert.Equal(5, await SucceedingRequestsAsync(first, 7));
        var refused = await first.GetAsync("/api/v1/auth/me");
        var problem = await ProblemResponse.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("This API key may make at most 5 requests a minute.", problem.GetProperty("detail").GetString());
        Assert.True(refused.Headers.Contains("Retry-After"));

        Assert.Equal(5, await SucceedingRequestsAsync(second, 7));
        Assert.Equal(2, await SucceedingRequestsAsync(stricter, 4));
        Assert.Equal(8, await SucceedingRequestsAsync(generous, 10));

        // Four keys were created by the admin; the admin's fifth request is still its own to spend, the sixth is not.
        using var admin = await OperatorSession.BearerClientAsync(host);
        Assert.Equal(1, await SucceedingRequestsAsync(admin, 3));
        var userRefusal = await ProblemResponse.AssertAsync(await admin.GetAsync("/api/v1/auth/me"), HttpStatusCode.TooManyRequests);
        Assert.Equal("This user may make at most 5 API requests a minute.", userRefusal.GetProperty("detail").GetString());

        // Partitions are logged by id, never by the key itself.
        var warning = await JsonLineAsync(host, l => l.TryGetProperty("Partition", out var p) && p.GetString()!.StartsWith("api_key:", StringComparison.Ordinal));
        Assert.Equal("Principal", warning.GetProperty("Scope").GetString());
        var key = Assert.Single(first.DefaultRequestHeaders.GetValues("X-API-Key"));
        Assert.DoesNotContain(key, host.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_credentials_api_requests_share_the_address_budget_while_health_swagger_and_stations_are_never_limited()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("RateLimiting__ApiPerMinute", "2")));

        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/api/v1/no-such-thing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/api/v1/nor-this")).StatusCode);
        var refused = await ProblemResponse.AssertAsync(await host.Http.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.TooManyRequests);
        Assert.Contains("without credentials", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        foreach (var path in new[] { "/health/live", "/health/ready", "/health", "/swagger/index.html", "/swagger/v1/swagger.json" })
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(path)).StatusCode);
            }
        }

        for (var i = 0; i < 4; i++)
        {
            using var station = await StationClient.ConnectAsync(host, $"CP-LIMIT-{i}", "ocpp1.6");
            Assert.Equal(System.Net.WebSockets.WebSocketState.Open, station.State);
        }
    }

    [Fact]
    public async Task New_station_connections_are_limited_per_address_with_429_and_open_ones_keep_working()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("RateLimiting__WsConnectionsPerMinute", "3")));
        var open = new List<System.Net.WebSockets.ClientWebSocket>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await StationClient.ConnectAsync(host, $"CP-STORM-{i}", "ocpp1.6"));
        }

        using var refused = StationClient.Create("ocpp1.6");
        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => refused.ConnectAsync(StationClient.Uri(host, "CP-STORM-3"), StationClient.Timeout()));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.HttpStatusCode);
        Assert.True(refused.HttpResponseHeaders?.ContainsKey("Retry-After"));
        await open[0].SendTextAsync("""[2,"still-open","Heartbeat",{}]""");
        Assert.Contains("still-open", await open[0].ReceiveTextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/health/live")).StatusCode);
        var warning = await host.WaitForOutputAsync(l => l.Contains("Rate limit reached", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("StationConnect", warning, StringComparison.Ordinal);
        open.ForEach(socket => socket.Dispose());
    }

    private static Task<HttpResponseMessage> SignInAsync(CsmsProcess host, string path) =>
        host.Http.PostAsJsonAsync(path, new { username = "nobody-" + Guid.NewGuid().ToString("N")[..8], password = "wrong-password-123" });

    /// <summary>Sends up to <paramref name="attempts"/> requests and counts the successes before the first refusal.</summary>
    private static async Task<int> SucceedingRequestsAsync(HttpClient client, int attempts)
    {
        for (var i = 0; i < attempts; i++)
        {
            var response = await client.GetAsync("/api/v1/auth/me");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return i;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return attempts;
    }

    private static async Task<JsonElement> JsonLineAsync(CsmsProcess host, Func<JsonElement, bool> predicate)
    {
        var line = await host.WaitForOutputAsync(l => l.StartsWith('{') && predicate(JsonDocument.Parse(l).RootElement), TimeSpan.FromSeconds(10));
        return JsonDocument.Parse(line).RootElement;
    }
}
