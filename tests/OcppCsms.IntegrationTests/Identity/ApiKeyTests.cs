using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>Machine credentials: shown once, usable at once, dead at once when revoked or expired.</summary>
public sealed class ApiKeyTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Header = "X-API-Key";
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_created_key_is_shown_once_and_never_again()
    {
        var admin = await _fixture.AdminAsync();
        var name = UniqueName("integration");

        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name, role = "Operator", requestsPerMinute = 600 });

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var key = created.Text("key")!;
        Assert.Matches("^csk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(key[4..16], created.Text("prefix"));
        Assert.Equal(name, created.Text("name"));
        Assert.Equal("Operator", created.Text("role"));
        Assert.Equal(600, created.GetProperty("requestsPerMinute").GetInt32());
        var id = created.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/api-keys/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var secret = key[17..];
        var one = await admin.GetAsync($"/api/v1/api-keys/{id}");
        var list = await admin.GetAsync("/api/v1/api-keys?pageSize=500");
        foreach (var body in new[] { await one.Content.ReadAsStringAsync(), await list.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }

        var shown = await JsonAsync(one, HttpStatusCode.OK);
        Assert.False(shown.TryGetProperty("key", out _));
        Assert.Equal("active", shown.Text("status"));
        Assert.Equal("admin", shown.Text("createdBy"));
        var listed = (await JsonAsync(list, HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.Equal(created.Text("prefix"), listed.Text("prefix"));
    }

    [Fact]
    public async Task A_key_authenticates_as_itself_with_its_role_and_its_use_is_noted()
    {
        var admin = await _fixture.AdminAsync();
        var (id, key) = await CreateAsync(admin, "Viewer");

        var me = await JsonAsync(await SendAsync("/api/v1/auth/me", key), HttpStatusCode.OK);

        Assert.Equal("api_key", me.Text("type"));
        Assert.Equal("Viewer", me.Text("role"));
        Assert.Equal(id.ToString(), me.Text("id"));
        var listed = await JsonAsync(await admin.GetAsync($"/api/v1/api-keys/{id}"), HttpStatusCode.OK);
        Assert.InRange(listed.GetProperty("lastUsedAt").GetDateTime(), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var admin = await _fixture.AdminAsync();
        var (id, key) = await CreateAsync(admin, "Admin");
        await JsonAsync(await SendAsync("/api/v1/users", key), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);

        await ProblemAsync(await SendAsync("/api/v1/auth/me", key), HttpStatusCode.Unauthorized);
        var listed = await JsonAsync(await admin.GetAsync($"/api/v1/api-keys/{id}"), HttpStatusCode.OK);
        Assert.Equal("revoked", listed.Text("status"));
        Assert.Equal(JsonValueKind.String, listed.GetProperty("revokedAt").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode); // revoking twice is no error
        await ProblemAsync(await admin.DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_key_stops_working_when_it_expires()
    {
        var admin = await _fixture.AdminAsync();
        var (id, key) = await CreateAsync(admin, "Viewer", expiresAt: DateTime.UtcNow.AddSeconds(4));
        await JsonAsync(await SendAsync("/api/v1/auth/me", key), HttpStatusCode.OK);

        var waited = Stopwatch.StartNew();
        HttpResponseMessage response;
        while ((response = await SendAsync("/api/v1/auth/me", key)).StatusCode == HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(250);
        }

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("expired", (await JsonAsync(await admin.GetAsync($"/api/v1/api-keys/{id}"), HttpStatusCode.OK)).Text("status"));
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("csk_")]
    [InlineData("csk_0123456789ab_tooShort")]
    [InlineData("csk_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // well-formed, never issued
    [InlineData("Bearer csk_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_malformed_or_unknown_key_is_401(string key) =>
        await ProblemAsync(await SendAsync("/api/v1/auth/me", key), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task The_prefix_of_a_real_key_with_another_secret_is_401()
    {
        var admin = await _fixture.AdminAsync();
        var (_, key) = await CreateAsync(admin, "Admin");
        var forged = key[..17] + new string('A', 43);

        await ProblemAsync(await SendAsync("/api/v1/auth/me", forged), HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// Observed and intended: when a request carries an <c>X-API-Key</c> header, the key alone decides; the
    /// <c>Authorization</c> header is not consulted, so a bad key is not rescued by a good token and a Viewer key does
    /// not borrow an Admin token's rights.
    /// </summary>
    [Fact]
    public async Task With_both_headers_the_api_key_decides()
    {
        var admin = await _fixture.AdminAsync();
        var (id, viewerKey) = await CreateAsync(admin, "Viewer");
        var adminToken = admin.DefaultRequestHeaders.Authorization!.Parameter!;

        var me = await JsonAsync(await SendAsync("/api/v1/auth/me", viewerKey, adminToken), HttpStatusCode.OK);
        Assert.Equal("api_key", me.Text("type"));
        Assert.Equal(id.ToString(), me.Text("id"));
        await ProblemAsync(await SendAsync("/api/v1/users", viewerKey, adminToken), HttpStatusCode.Forbidden);
        await ProblemAsync(await SendAsync("/api/v1/users", "csk_0123456789ab_" + new string('A', 43), adminToken), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_without_a_role_is_refused_rather_than_made_admin()
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "no-role" }), HttpStatusCode.BadRequest);

        Assert.Equal(["role"], ErrorFields(problem));
    }

    [Fact]
    public async Task Bad_key_requests_are_400_naming_each_field()
    {
        var admin = await _fixture.AdminAsync();

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "", role = "Viewer", expiresAt = DateTime.UtcNow.AddMinutes(-1), requestsPerMinute = 0 }), HttpStatusCode.BadRequest);

        Assert.Equal(["expiresAt", "name", "requestsPerMinute"], ErrorFields(problem));
    }

    /// <summary>The API speaks UTC: a time without an offset is UTC, whatever the server's own time zone.</summary>
    [Theory]
    [InlineData("2099-06-01T12:00:00", "2099-06-01T12:00:00Z")]
    [InlineData("2099-06-01T12:00:00Z", "2099-06-01T12:00:00Z")]
    [InlineData("2099-06-01T12:00:00+02:00", "2099-06-01T10:00:00Z")]
    [InlineData("2099-06-01T12:00:00.25-03:30", "2099-06-01T15:30:00.25Z")]
    public async Task Expiry_times_are_stored_as_the_utc_instant_they_name(string sent, string stored)
    {
        var admin = await _fixture.AdminAsync();

        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "timed", role = "Viewer", expiresAt = sent }),
            HttpStatusCode.Created);

        Assert.Equal(stored, created.Text("expiresAt"));
        var shown = await JsonAsync(await admin.GetAsync($"/api/v1/api-keys/{created.GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.Equal(stored, shown.Text("expiresAt"));
    }

    [Theory]
    [InlineData("\"next tuesday\"")]
    [InlineData("4102444800")]
    [InlineData("\"2099-13-01T00:00:00Z\"")]
    public async Task An_expiry_that_is_not_a_time_is_a_400_naming_the_field(string json)
    {
        var admin = await _fixture.AdminAsync();
        var body = $$"""{"name":"timed","role":"Viewer","expiresAt":{{json}}}""";

        var problem = await ProblemAsync(await admin.PostAsync("/api/v1/api-keys", new StringContent(body, Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);

        Assert.Equal(["expiresAt"], ErrorFields(problem));
    }

    [Fact]
    public async Task Keys_are_listed_in_pages_and_sorted_by_the_fields_offered()
    {
        var admin = await _fixture.AdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync(admin, "Viewer");
        }

        var page = await JsonAsync(await admin.GetAsync("/api/v1/api-keys?pageSize=2&page=2&sort=name"), HttpStatusCode.OK);
        var all = await JsonAsync(await admin.GetAsync("/api/v1/api-keys?pageSize=500&sort=name"), HttpStatusCode.OK);

        var total = all.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 3);
        Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page.GetProperty("pageNumber").GetInt32());
        var names = all.GetProperty("items").EnumerateArray().Select(k => k.Text("name")!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Skip(2).Take(2), page.GetProperty("items").EnumerateArray().Select(k => k.Text("name")!));
        var bogus = await ProblemAsync(await admin.GetAsync("/api/v1/api-keys?sort=secret"), HttpStatusCode.BadRequest);
        Assert.Equal("Sort by one of: name, createdAt, expiresAt, lastUsedAt (prefix '-' for descending).", bogus.GetProperty("errors").GetProperty("sort")[0].GetString());
    }

    private async Task<(Guid Id, string Key)> CreateAsync(HttpClient admin, string role, DateTime? expiresAt = null)
    {
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = UniqueName("key"), role, expiresAt }), HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.Text("key")!);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string apiKey, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(Header, apiKey);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await _host.Http.SendAsync(request);
    }
}
