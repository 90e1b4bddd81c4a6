using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>How the host serves the dashboard's files: where, under which policy, and with which cache validators.</summary>
public sealed class DashboardServingTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task The_root_redirects_to_the_dashboard()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.BaseAddress };
        foreach (var path in new[] { "/", "/dashboard" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/dashboard/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task The_page_is_served_with_a_strict_policy_of_its_own()
    {
        using var response = await _host.Http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_is_revalidated_by_its_entity_tag()
    {
        using var first = await _host.Http.GetAsync("/dashboard/js/app.js");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/javascript", first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.NoCache, "Cache-Control: no-cache");
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("No ETag");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/js/app.js");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/dashboard/css/app.css");
        other.Headers.IfNoneMatch.Add(etag);
        using var third = await _host.Http.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.NotEqual(etag, third.Headers.ETag);
    }

    [Fact]
    public async Task An_unknown_file_is_a_problem_404()
    {
        using var response = await _host.Http.GetAsync("/dashboard/js/missing.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
