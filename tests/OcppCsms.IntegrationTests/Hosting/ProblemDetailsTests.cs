using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Hosting;

/// <summary>Errors are problem details whatever the client says it accepts.</summary>
public sealed class ProblemDetailsTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Theory]
    [InlineData("/api/v1/events", "text/event-stream")]
    [InlineData("/api/v1/users", "text/html")]
    [InlineData("/api/v1/users", null)]
    public async Task A_refused_request_gets_problem_details_with_its_request_id(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        request.Headers.Add("X-Request-Id", "accept-" + (accept ?? "none").Replace('/', '-'));
        var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("accept-" + (accept ?? "none").Replace('/', '-'), problem.GetProperty("requestId").GetString());
        Assert.Equal(problem.GetProperty("requestId").GetString(), Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Theory]
    [InlineData("GET", "/api/v1/users?page=abc", null, null, 400, "page")]
    [InlineData("GET", "/api/v1/audit?from=yesterday", null, null, 400, "from")]
    [InlineData("POST", "/api/v1/users", null, null, 400, "body")]
    [InlineData("POST", "/api/v1/users", "role=Admin", "text/plain", 415, null)]
    public async Task Unreadable_requests_get_problem_details_that_name_the_field_and_no_clr_types(
        string method, string path, string? body, string? contentType, int status, string? field)
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, contentType!);
        }

        var response = await admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Nullable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("OcppCsms.", text, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(text).RootElement;
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), text);
        }
    }

    [Theory]
    [InlineData("/api/v1/users", "username")]
    [InlineData("/api/v1/api-keys", "lastUsedAt")]
    [InlineData("/api/v1/audit", "occurredAt")]
    [InlineData("/api/v1/webhooks", "url")]
    [InlineData("/api/v1/webhooks/00000000-0000-0000-0000-000000000001/deliveries", "attemptedAt")]
    public async Task Every_list_refuses_a_sort_field_it_does_not_have_and_names_the_ones_it_has(string path, string field)
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);

        var refused = await admin.GetAsync($"{path}?sort=-passwordHash");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(field, problem.GetProperty("errors").GetProperty("sort")[0].GetString(), StringComparison.Ordinal);

        Assert.NotEqual(HttpStatusCode.BadRequest, (await admin.GetAsync($"{path}?sort=-{field}")).StatusCode);
    }
}
