using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>Operator accounts through <c>/api/v1/users</c>: creation, strict request bodies, paging and sorting.</summary>
public sealed class UserManagementTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_created_user_is_201_with_its_location_and_can_sign_in()
    {
        var admin = await _fixture.AdminAsync();
        var username = UniqueName("Created.User");

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { username, password = "twelve-chars-at-least", role = "Operator" });

        var created = await JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(username, created.Text("username"));
        Assert.Equal("Operator", created.Text("role"));
        Assert.False(created.TryGetProperty("password", out _));
        Assert.False(created.TryGetProperty("passwordHash", out _));
        var location = response.Headers.Location!;
        Assert.EndsWith($"/api/v1/users/{created.Text("id")}", location.ToString(), StringComparison.Ordinal);
        var fetched = await JsonAsync(await admin.GetAsync(location), HttpStatusCode.OK);
        Assert.Equal(created.ToString(), fetched.ToString());
        await JsonAsync(await LoginAsync(_host, username, "twelve-chars-at-least"), HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("lower")]
    [InlineData("UPPER")]
    public async Task A_name_taken_in_any_case_is_409(string casing)
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer", UniqueName("Taken"));
        var again = casing == "UPPER" ? user.Username.ToUpperInvariant() : user.Username.ToLowerInvariant();

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", new { username = again, password = "another-long-password", role = "Admin" }),
            HttpStatusCode.Conflict);

        Assert.Equal("User name taken", problem.Text("title"));
    }

    [Fact]
    public async Task Invalid_fields_are_a_400_keyed_by_their_json_names()
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", new { username = "has spaces", password = "short", role = "Viewer" }),
            HttpStatusCode.BadRequest);

        Assert.Equal(["password", "username"], ErrorFields(problem));
        Assert.Contains("12", problem.GetProperty("errors").GetProperty("password")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_a_role_is_refused_rather_than_made_admin()
    {
        var admin = await _fixture.AdminAsync();
        var username = UniqueName("no-role");

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", new { username, password = "a-long-enough-password" }),
            HttpStatusCode.BadRequest);

        Assert.Equal(["role"], ErrorFields(problem));
        await ProblemAsync(await LoginAsync(_host, username, "a-long-enough-password"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"username":"u1-unknown","password":"a-long-enough-password","role":"Viewer","isAdmin":true}""", "isAdmin", "Unknown property.")]
    [InlineData("""{"username":"u1-number","password":"a-long-enough-password","role":5}""", "role", "Invalid value")]
    [InlineData("""{"username":"u1-superuser","password":"a-long-enough-password","role":"Superuser"}""", "role", "Invalid value")]
    [InlineData("""{"username":"u1-array","password":["a-long-enough-password"],"role":"Viewer"}""", "password", "Invalid value")]
    [InlineData("""{"username":"u1-truncated","password":""", "password", "Malformed JSON.")] // where the reader stopped
    [InlineData("""not json at all""", "body", "Malformed JSON.")]
    public async Task A_body_that_does_not_fit_the_request_is_a_400_naming_the_field_never_a_500(string json, string field, string error)
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.PostAsync("/api/v1/users", new StringContent(json, Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
        Assert.StartsWith(error, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_changes_only_what_it_names_and_an_empty_one_is_400()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");

        var promoted = await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { role = "Operator" }), HttpStatusCode.OK);

        Assert.Equal("Operator", promoted.Text("role"));
        await JsonAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.OK); // password unchanged
        var empty = await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["body"], ErrorFields(empty));
        await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { password = "short" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_users_are_404_problems()
    {
        var admin = await _fixture.AdminAsync();
        var id = Guid.NewGuid();

        await ProblemAsync(await admin.GetAsync($"/api/v1/users/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { role = "Viewer" }), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.DeleteAsync($"/api/v1/users/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.GetAsync("/api/v1/users/not-a-guid"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_deleted_user_is_gone()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Operator");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/users/{user.Id}")).StatusCode);

        await ProblemAsync(await admin.GetAsync($"/api/v1/users/{user.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Users_are_listed_in_pages_filtered_and_sorted()
    {
        var admin = await _fixture.AdminAsync();
        var prefix = UniqueName("pg");
        foreach (var (suffix, role) in new[] { ("c", "Viewer"), ("a", "Operator"), ("e", "Viewer"), ("b", "Admin"), ("d", "Viewer") })
        {
            await CreateUserAsync(admin, role, $"{prefix}-{suffix}");
        }

        var second = await JsonAsync(await admin.GetAsync($"/api/v1/users?search={prefix.ToUpperInvariant()}&pageSize=2&page=2"), HttpStatusCode.OK);
        Assert.Equal(2, second.GetProperty("pageNumber").GetInt32());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());
        Assert.Equal(5, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, second.GetProperty("totalPages").GetInt32());
        Assert.Equal([$"{prefix}-c", $"{prefix}-d"], Names(second)); // default order: username ascending

        var descending = await JsonAsync(await admin.GetAsync($"/api/v1/users?search={prefix}&sort=-username"), HttpStatusCode.OK);
        Assert.Equal(["e", "d", "c", "b", "a"], Names(descending).Select(n => n[^1..]));

        var viewers = await JsonAsync(await admin.GetAsync($"/api/v1/users?search={prefix}&role=Viewer"), HttpStatusCode.OK);
        Assert.Equal(["c", "d", "e"], Names(viewers).Select(n => n[^1..]));

        var beyond = await JsonAsync(await admin.GetAsync($"/api/v1/users?search={prefix}&pageSize=2&page=4"), HttpStatusCode.OK);
        Assert.Empty(Names(beyond));
        Assert.Equal(5, beyond.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Paging_out_of_bounds_is_a_400_naming_the_parameter(string query, string field)
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.GetAsync($"/api/v1/users?{query}"), HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
    }

    [Fact]
    public async Task Sorting_by_a_field_users_do_not_have_is_a_400_listing_the_ones_they_do()
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.GetAsync("/api/v1/users?sort=bogus"), HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("sort")[0].GetString()!;
        Assert.All(["username", "role", "createdAt", "lastLoginAt"], field => Assert.Contains(field, message, StringComparison.Ordinal));
        await ProblemAsync(await admin.GetAsync("/api/v1/users?sort=-passwordHash"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_admin_cannot_delete_their_own_account()
    {
        var admin = await _fixture.AdminAsync();
        var second = await CreateUserAsync(admin, "Admin");
        using var client = await OperatorSession.BearerClientAsync(_host, second.Username, second.Password);

        var problem = await ProblemAsync(await client.DeleteAsync($"/api/v1/users/{second.Id}"), HttpStatusCode.Conflict);

        Assert.Equal("Cannot delete yourself", problem.Text("title"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/users/{second.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("anonymous", "GET", "/api/v1/users", null, 401)]
    [InlineData("viewer", "GET", "/api/v1/users", null, 403)]
    [InlineData("admin", "GET", "/api/v1/users/00000000-0000-0000-0000-000000000001", null, 404)]
    [InlineData("admin", "POST", "/api/v1/users", """{"username":"admin","password":"a-long-enough-password","role":"Admin"}""", 409)]
    [InlineData("admin", "POST", "/api/v1/users", """{"username":"","password":"","role":"Admin"}""", 400)]
    [InlineData("admin", "POST", "/api/v1/users", """{"username":""", 400)]
    [InlineData("admin", "GET", "/api/v1/users?page=many", null, 400)]
    public async Task Every_error_is_a_problem_quoting_the_callers_request_id(string caller, string method, string path, string? body, int status)
    {
        var admin = await _fixture.AdminAsync();
        using var client = caller switch
        {
            "admin" => await OperatorSession.BearerClientAsync(_host),
            "viewer" => await ViewerAsync(admin),
            _ => new HttpClient { BaseAddress = _host.BaseAddress },
        };
        var requestId = $"error-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(RequestIdHeader, requestId);

        var response = await client.SendAsync(request);

        var problem = await ProblemAsync(response, (HttpStatusCode)status);
        Assert.Equal(requestId, problem.Text("requestId"));
        Assert.False(string.IsNullOrEmpty(problem.Text("title")));
        // Also on answers the exception handler rewrites (unreadable body or query), which clear earlier headers.
        Assert.Equal(requestId, Assert.Single(response.Headers.GetValues(RequestIdHeader)));
    }

    private async Task<HttpClient> ViewerAsync(HttpClient admin)
    {
        var viewer = await CreateUserAsync(admin, "Viewer");
        return await OperatorSession.BearerClientAsync(_host, viewer.Username, viewer.Password);
    }

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(u => u.Text("username")!).ToList();
}
