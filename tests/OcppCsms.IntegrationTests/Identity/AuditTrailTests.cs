using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// Every state-changing API request leaves an audit line, whatever its outcome, and the log can be searched. Each
/// request here carries its own <c>X-Request-Id</c>, so the test finds exactly its line.
/// </summary>
public sealed class AuditTrailTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task Creating_changing_and_deleting_leave_lines_with_actor_action_target_outcome_request_id_and_client_ip()
    {
        var admin = await _fixture.AdminAsync();
        var adminId = (await JsonAsync(await admin.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK)).Text("id");
        var run = Guid.NewGuid().ToString("N");

        var created = await JsonAsync(await admin.SendAsync(Request(HttpMethod.Post, "/api/v1/users", $"create-{run}",
            new { username = UniqueName("audited"), password = "a-long-enough-password", role = "Viewer" })), HttpStatusCode.Created);
        var userId = created.Text("id")!;
        await JsonAsync(await admin.SendAsync(Request(HttpMethod.Put, $"/api/v1/users/{userId}", $"update-{run}", new { role = "Operator" })), HttpStatusCode.OK);
        var key = await JsonAsync(await admin.SendAsync(Request(HttpMethod.Post, "/api/v1/api-keys", $"key-{run}", new { name = "audited", role = "Viewer" })),
            HttpStatusCode.Created);
        var keyId = key.Text("id")!;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(Request(HttpMethod.Delete, $"/api/v1/api-keys/{keyId}", $"revoke-{run}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(Request(HttpMethod.Delete, $"/api/v1/users/{userId}", $"delete-{run}"))).StatusCode);

        var expected = new[]
        {
            ($"create-{run}", "POST /api/v1/users", "users", userId, "201"),
            ($"update-{run}", "PUT /api/v1/users/{id:guid}", "users", userId, "200"),
            ($"key-{run}", "POST /api/v1/api-keys", "api-keys", keyId, "201"),
            ($"revoke-{run}", "DELETE /api/v1/api-keys/{id:guid}", "api-keys", keyId, "204"),
            ($"delete-{run}", "DELETE /api/v1/users/{id:guid}", "users", userId, "204"),
        };
        foreach (var (requestId, action, targetType, targetId, outcome) in expected)
        {
            var line = Assert.Single(await AuditAsync(admin, $"targetId={targetId}"), l => l.Text("requestId") == requestId);
            Assert.Equal(action, line.Text("action"));
            Assert.Equal(targetType, line.Text("targetType"));
            Assert.Equal(outcome, line.Text("outcome"));
            Assert.Equal("user", line.Text("actorType"));
            Assert.Equal(adminId, line.Text("actorId"));
            Assert.Equal("admin", line.Text("actorName"));
            Assert.Equal("127.0.0.1", line.Text("clientIp"));
            Assert.InRange(line.GetProperty("occurredAt").GetDateTime(), DateTime.UtcNow.AddMinutes(-2), DateTime.UtcNow.AddMinutes(1));
        }
    }

    [Fact]
    public async Task An_api_key_is_the_actor_of_what_it_does()
    {
        var admin = await _fixture.AdminAsync();
        var key = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = UniqueName("robot"), role = "Admin" }), HttpStatusCode.Created);
        using var robot = new HttpClient { BaseAddress = _host.BaseAddress };
        robot.DefaultRequestHeaders.Add("X-API-Key", key.Text("key"));
        var requestId = $"robot-{Guid.NewGuid():N}";

        var created = await JsonAsync(await robot.SendAsync(Request(HttpMethod.Post, "/api/v1/users", requestId,
            new { username = UniqueName("by-robot"), password = "a-long-enough-password", role = "Viewer" })), HttpStatusCode.Created);

        var line = Assert.Single(await AuditAsync(admin, $"targetId={created.Text("id")}"));
        Assert.Equal(requestId, line.Text("requestId"));
        Assert.Equal("api_key", line.Text("actorType"));
        Assert.Equal(key.Text("id"), line.Text("actorId"));
        Assert.Equal(key.Text("name"), line.Text("actorName"));
    }

    /// <summary>Attempts that never reach the handler (no credentials, wrong role, unreadable body) are recorded too.</summary>
    [Theory]
    [InlineData("anonymous", "DELETE", "/api/v1/users/{target}", null, "DELETE /api/v1/users/{id:guid}", "401")]
    [InlineData("viewer", "DELETE", "/api/v1/users/{target}", null, "DELETE /api/v1/users/{id:guid}", "403")]
    [InlineData("viewer", "POST", "/api/v1/api-keys", """{"name":"x","role":"Admin"}""", "POST /api/v1/api-keys", "403")]
    [InlineData("admin", "PUT", "/api/v1/users/{target}", """{"role":"Superuser"}""", "PUT /api/v1/users/{id:guid}", "400")]
    [InlineData("admin", "PUT", "/api/v1/users/{target}", """{"role":""", "PUT /api/v1/users/{id:guid}", "400")]
    [InlineData("admin", "PUT", "/api/v1/users/{target}", """{"role":"Viewer","extra":1}""", "PUT /api/v1/users/{id:guid}", "400")]
    [InlineData("anonymous", "POST", "/api/v1/auth/logout", """{"refreshToken":"x"}""", "POST /api/v1/auth/logout", "401")]
    [InlineData("api_key", "PUT", "/api/v1/auth/password", """{"currentPassword":"whatever-it-is","newPassword":"whatever-it-becomes"}""", "PUT /api/v1/auth/password", "403")]
    [InlineData("anonymous", "POST", "/api/v1/auth/login", """{"username":"","password":""}""", "POST /api/v1/auth/login", "400")]
    public async Task Refused_and_invalid_attempts_leave_a_line_too(string caller, string method, string path, string? body, string action, string outcome)
    {
        var admin = await _fixture.AdminAsync();
        var target = await CreateUserAsync(admin, "Viewer");
        using var client = await CallerAsync(caller, admin);
        var requestId = $"refused-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{target}", target.Id.ToString(), StringComparison.Ordinal))
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(RequestIdHeader, requestId);

        var response = await client.SendAsync(request);

        Assert.Equal(outcome, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        var line = Assert.Single(await AuditAsync(admin, $"action={Uri.EscapeDataString(action)}&pageSize=500"), l => l.Text("requestId") == requestId);
        Assert.Equal(outcome, line.Text("outcome"));
        Assert.Equal("127.0.0.1", line.Text("clientIp"));
        Assert.Equal(caller switch { "anonymous" => "anonymous", "api_key" => "api_key", _ => "user" }, line.Text("actorType"));
        if (path.Contains("{target}", StringComparison.Ordinal))
        {
            Assert.Equal(target.Id.ToString(), line.Text("targetId"));
        }
    }

    [Fact]
    public async Task The_log_is_filtered_by_actor_action_target_and_time_and_paged()
    {
        var admin = await _fixture.AdminAsync();
        var operatorUser = await CreateUserAsync(admin, "Admin");
        using var other = await OperatorSession.BearerClientAsync(_host, operatorUser.Username, operatorUser.Password);
        var targets = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            targets.Add((await CreateUserAsync(other, "Viewer")).Id.ToString());
        }

        await JsonAsync(await other.PutAsJsonAsync($"/api/v1/users/{targets[0]}", new { role = "Operator" }), HttpStatusCode.OK);

        var byActor = await AuditAsync(admin, $"actor={operatorUser.Username}&sort=occurredAt");
        Assert.Equal(["auth.login", "POST /api/v1/users", "POST /api/v1/users", "POST /api/v1/users", "PUT /api/v1/users/{id:guid}"],
            byActor.Select(l => l.Text("action")));
        var puts = await AuditAsync(admin, $"actor={operatorUser.Username}&action=PUT%20");
        Assert.Equal(targets[0], Assert.Single(puts).Text("targetId"));
        var byTarget = await AuditAsync(admin, $"targetType=users&targetId={targets[0]}&sort=occurredAt");
        Assert.Equal(["POST /api/v1/users", "PUT /api/v1/users/{id:guid}"], byTarget.Select(l => l.Text("action")));
        Assert.Empty(await AuditAsync(admin, $"targetType=api-keys&targetId={targets[0]}"));

        // from is inclusive and to exclusive, at the instant the log itself recorded.
        var second = byActor[2].GetProperty("occurredAt").GetDateTime();
        var fourth = byActor[4].GetProperty("occurredAt").GetDateTime();
        var window = await AuditAsync(admin, $"actor={operatorUser.Username}&from={Instant(second)}&to={Instant(fourth)}&sort=occurredAt");
        Assert.Equal([byActor[2].Text("id"), byActor[3].Text("id")], window.Select(l => l.Text("id")));

        var page = await JsonAsync(await admin.GetAsync($"/api/v1/audit?actor={operatorUser.Username}&pageSize=2&page=3&sort=occurredAt"), HttpStatusCode.OK);
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, page.GetProperty("totalPages").GetInt32());
        Assert.Equal(byActor[4].Text("id"), Assert.Single(page.GetProperty("items").EnumerateArray()).Text("id"));
        var newestFirst = await AuditAsync(admin, $"actor={operatorUser.Username}");
        Assert.Equal(byActor.Select(l => l.Text("id")).Reverse(), newestFirst.Select(l => l.Text("id")));
    }

    /// <summary>The API speaks UTC: a time without an offset is UTC, even on a server whose own zone is not.</summary>
    [Fact]
    public async Task A_time_filter_without_an_offset_is_taken_as_utc()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var line = Assert.Single(await AuditAsync(admin, $"targetId={user.Id}"));
        var at = line.GetProperty("occurredAt").GetDateTime();

        // Read as the server's local time, each bound would move by its offset and the answers would swap.
        Assert.Single(await AuditAsync(admin, $"targetId={user.Id}&from={Unzoned(at)}&to={Unzoned(at.AddSeconds(1))}"));
        Assert.Empty(await AuditAsync(admin, $"targetId={user.Id}&from={Unzoned(at.AddSeconds(1))}"));
        Assert.Empty(await AuditAsync(admin, $"targetId={user.Id}&to={Unzoned(at)}"));
    }

    [Theory]
    [InlineData("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("sort=actorId", "sort")]
    [InlineData("pageSize=501", "pageSize")]
    public async Task Bad_audit_queries_are_400_naming_the_parameter(string query, string field)
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.GetAsync($"/api/v1/audit?{query}"), HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
    }

    private async Task<HttpClient> CallerAsync(string caller, HttpClient admin)
    {
        switch (caller)
        {
            case "anonymous":
                return new HttpClient { BaseAddress = _host.BaseAddress };
            case "api_key":
                return await OperatorSession.ApiKeyClientAsync(_host, "Admin");
            case "viewer":
                var viewer = await CreateUserAsync(admin, "Viewer");
                return await OperatorSession.BearerClientAsync(_host, viewer.Username, viewer.Password);
            default:
                return await OperatorSession.BearerClientAsync(_host);
        }
    }

    private static string Unzoned(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static string Instant(DateTime utc) => Uri.EscapeDataString(utc.ToString("O", CultureInfo.InvariantCulture));
}
