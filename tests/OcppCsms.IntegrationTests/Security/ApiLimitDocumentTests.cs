using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>The OpenAPI document tells client authors about the limits every API operation is subject to.</summary>
public sealed class ApiLimitDocumentTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Every_api_operation_documents_429_with_retry_after_and_every_one_with_a_body_documents_413()
    {
        var document = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var gaps = new List<string>();
        var apiOperations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                var limited = responses.TryGetProperty("429", out var tooMany);
                if (!path.Name.StartsWith("/api/", StringComparison.Ordinal))
                {
                    // Health and the rest are never limited, and must not claim to be.
                    if (limited)
                    {
                        gaps.Add($"{operation.Name} {path.Name}: documents 429 but is not limited");
                    }

                    continue;
                }

                apiOperations++;
                if (!limited || !tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _))
                {
                    gaps.Add($"{operation.Name} {path.Name}: no 429 with Retry-After");
                }

                if (operation.Value.TryGetProperty("requestBody", out _) && !responses.TryGetProperty("413", out _))
                {
                    gaps.Add($"{operation.Name} {path.Name}: takes a body but 413 is not documented");
                }
            }
        }

        Assert.True(apiOperations >= 15, $"Only {apiOperations} API operations are documented.");
        Assert.True(gaps.Count == 0, "OpenAPI gaps:\n" + string.Join("\n", gaps));
    }
}
