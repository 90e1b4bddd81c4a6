using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Hosting;

/// <summary>The Swagger UI the start-up banner points newcomers to, and the document behind it.</summary>
public sealed class ApiDocumentTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task Swagger_ui_is_served_where_the_banner_says()
    {
        var banner = await _host.WaitForOutputAsync(l => l.Contains("Swagger UI: ", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains($"Swagger UI: {_host.BaseAddress.ToString().TrimEnd('/')}/swagger", banner, StringComparison.Ordinal);

        var page = await _host.Http.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_health_endpoints_and_not_the_station_websocket()
    {
        var document = await _host.Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/health", paths);
        Assert.Contains("/health/live", paths);
        Assert.Contains("/health/ready", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/ocpp", StringComparison.Ordinal));
        var ready = document.GetProperty("paths").GetProperty("/health/ready").GetProperty("get").GetProperty("responses");
        Assert.True(ready.TryGetProperty("503", out _));
    }
}
