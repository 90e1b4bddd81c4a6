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

    [Fact]
    public async Task Every_operation_has_a_summary_a_success_response_and_its_error_statuses()
    {
        var document = await _host.Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var gaps = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                if (!operation.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    gaps.Add($"{name}: no summary");
                }

                if (!responses.Any(code => code.StartsWith('2')))
                {
                    gaps.Add($"{name}: no success response");
                }

                var secured = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
                if (secured && !responses.Contains("401"))
                {
                    gaps.Add($"{name}: secured but 401 is not documented");
                }

                var takesInput = operation.Value.TryGetProperty("requestBody", out _)
                                 || (operation.Value.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "query"));
                if (takesInput && !responses.Contains("400"))
                {
                    gaps.Add($"{name}: takes input but 400 is not documented");
                }
            }
        }

        Assert.True(operations >= 18, $"Only {operations} operations are documented.");
        Assert.True(gaps.Count == 0, "OpenAPI gaps:\n" + string.Join("\n", gaps));
    }
}
