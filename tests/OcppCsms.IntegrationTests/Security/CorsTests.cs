using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>A host that lets one browser origin call the API with credentials, and nobody else.</summary>
public sealed class CorsHostFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "https://dashboard.example.com";

    private readonly SqliteTestDatabase _database = new();

    internal CsmsProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await CsmsProcess.StartAsync(_database.HostEnvironment(("Cors__AllowedOrigins__0", AllowedOrigin), ("Cors__AllowedOrigins__1", "http://localhost:3000")));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class CorsTests(CorsHostFixture fixture) : IClassFixture<CorsHostFixture>
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task An_allowed_origin_gets_a_credentialed_preflight_answer_without_signing_in()
    {
        var response = await _host.Http.SendAsync(Preflight("/api/v1/users", CorsHostFixture.AllowedOrigin, "PATCH", "authorization,content-type"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(CorsHostFixture.AllowedOrigin, Single(response, AllowOrigin));
        Assert.Equal("true", Single(response, "Access-Control-Allow-Credentials"));
        Assert.Equal(["GET", "POST", "PUT", "PATCH", "DELETE"], Single(response, "Access-Control-Allow-Methods").Split(','));
        Assert.Equal("authorization,content-type", Single(response, "Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task An_allowed_origin_may_read_the_answer_and_the_request_id_retry_after_and_location_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Add("Origin", "http://localhost:3000");

        var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("http://localhost:3000", Single(response, AllowOrigin));
        Assert.Equal("true", Single(response, "Access-Control-Allow-Credentials"));
        Assert.Equal(["X-Request-Id", "Retry-After", "Location"], Single(response, "Access-Control-Expose-Headers").Split(','));
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://dashboard.example.com.evil.example")]
    [InlineData("http://dashboard.example.com")]
    [InlineData("null")]
    public async Task Any_other_origin_gets_no_cors_headers(string origin)
    {
        var preflight = await _host.Http.SendAsync(Preflight("/api/v1/auth/login", origin, "POST", "content-type"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", origin);
        var actual = await _host.Http.SendAsync(request);

        Assert.False(preflight.Headers.Contains(AllowOrigin));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.False(actual.Headers.Contains(AllowOrigin));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}

/// <summary>Without configuration the API is same-origin only.</summary>
public sealed class CorsDefaultTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task With_no_allowed_origins_a_preflight_and_a_request_get_no_cors_headers()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/auth/login");
        preflight.Headers.Add("Origin", "https://dashboard.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", "https://dashboard.example.com");

        var preflightResponse = await fixture.Host.Http.SendAsync(preflight);
        var response = await fixture.Host.Http.SendAsync(request);

        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
