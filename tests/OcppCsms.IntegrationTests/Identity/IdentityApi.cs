using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Identity;

internal sealed record TestUser(Guid Id, string Username, string Password);

/// <summary>Calls of the operator identity API that many tests share, and the checks every answer must pass.</summary>
internal static class IdentityApi
{
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>A user name no other test uses: the prefix, a dash and 12 hex digits.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Every error is RFC 7807 problem details with its status and the request id the caller can quote.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await JsonAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("requestId").GetString()), $"No requestId in {problem}");
        return problem;
    }

    /// <summary>The field names of a 400's <c>errors</c> map.</summary>
    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    public static Task<HttpResponseMessage> LoginAsync(CsmsProcess host, string username, string password) =>
        host.Http.PostAsJsonAsync("/api/v1/auth/login", new { username, password });

    public static Task<HttpResponseMessage> RefreshAsync(CsmsProcess host, string refreshToken) =>
        host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    /// <summary>An account created by the admin through the API, with a password of its own.</summary>
    public static async Task<TestUser> CreateUserAsync(HttpClient admin, string role, string? username = null)
    {
        var user = new TestUser(Guid.Empty, username ?? UniqueName(role.ToLowerInvariant()), $"pw-{Guid.NewGuid():N}");
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new { username = user.Username, password = user.Password, role }),
            HttpStatusCode.Created);
        return user with { Id = created.GetProperty("id").GetGuid() };
    }

    /// <summary>The items of <c>GET /api/v1/audit?{query}</c>.</summary>
    public static async Task<List<JsonElement>> AuditAsync(HttpClient admin, string query)
    {
        var page = await JsonAsync(await admin.GetAsync($"/api/v1/audit?{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>A request carrying our own request id, so the test can find its audit line and log lines.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string requestId, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(RequestIdHeader, requestId);
        return request;
    }

    /// <summary>The host's JSON log line matching <paramref name="predicate"/>, waiting for it a while.</summary>
    public static async Task<JsonElement> LogLineAsync(CsmsProcess host, Func<JsonElement, bool> predicate)
    {
        var line = await host.WaitForOutputAsync(l => l.StartsWith('{') && predicate(JsonDocument.Parse(l).RootElement), TimeSpan.FromSeconds(10));
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
