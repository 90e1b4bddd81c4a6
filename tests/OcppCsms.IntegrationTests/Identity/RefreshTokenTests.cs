using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>Rotating refresh tokens (RFC 9700 §4.14.2): one use each; a reused one revokes its whole sign-in.</summary>
public sealed class RefreshTokenTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_refresh_token_works_once_and_its_replacement_works_in_turn()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var first = await OperatorSession.LoginAsync(_host, user.Username, user.Password);

        var second = await JsonAsync(await RefreshAsync(_host, first.Text("refreshToken")!), HttpStatusCode.OK);
        var third = await JsonAsync(await RefreshAsync(_host, second.Text("refreshToken")!), HttpStatusCode.OK);

        Assert.NotEqual(first.Text("refreshToken"), second.Text("refreshToken"));
        Assert.NotEqual(second.Text("refreshToken"), third.Text("refreshToken"));
        Assert.Equal("Bearer", third.Text("tokenType"));
        using var client = OperatorSession.BearerClient(_host, third.Text("accessToken")!);
        var me = await JsonAsync(await client.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        Assert.Equal(user.Username, me.Text("name"));
        Assert.Equal("Viewer", me.Text("role"));
        var lines = await AuditAsync(admin, $"targetId={user.Id}&action=auth.refresh");
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(("succeeded", user.Username), (l.Text("outcome"), l.Text("actorName"))));
    }

    [Fact]
    public async Task Reusing_a_refresh_token_revokes_the_newest_token_of_that_sign_in_but_not_other_sign_ins()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var stolen = await OperatorSession.LoginAsync(_host, user.Username, user.Password);
        var otherDevice = await OperatorSession.LoginAsync(_host, user.Username, user.Password);
        var rotated = await JsonAsync(await RefreshAsync(_host, stolen.Text("refreshToken")!), HttpStatusCode.OK);
        var newest = await JsonAsync(await RefreshAsync(_host, rotated.Text("refreshToken")!), HttpStatusCode.OK);

        var replay = await ProblemAsync(await RefreshAsync(_host, stolen.Text("refreshToken")!), HttpStatusCode.Unauthorized);

        Assert.Contains("Sign in again", replay.Text("detail"), StringComparison.Ordinal);
        await ProblemAsync(await RefreshAsync(_host, newest.Text("refreshToken")!), HttpStatusCode.Unauthorized);
        await JsonAsync(await RefreshAsync(_host, otherDevice.Text("refreshToken")!), HttpStatusCode.OK);

        var refused = (await AuditAsync(admin, $"targetId={user.Id}&action=auth.refresh&sort=occurredAt"))
            .Where(l => l.Text("outcome")!.StartsWith("failed", StringComparison.Ordinal)).ToList();
        Assert.Equal("failed: reused token, session revoked", refused.First().Text("outcome"));
        var warning = await LogLineAsync(_host, l => l.Text("UserId") == user.Id.ToString() && l.Text("message")!.Contains("presented again", StringComparison.Ordinal));
        Assert.Equal("Warning", warning.Text("level"));
        Assert.Equal(1, warning.GetProperty("Revoked").GetInt32()); // the newest: the other two were revoked by their use
    }

    [Fact]
    public async Task Of_concurrent_uses_of_one_refresh_token_exactly_one_succeeds()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var session = await OperatorSession.LoginAsync(_host, user.Username, user.Password);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RefreshAsync(_host, session.Text("refreshToken")!)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token_and_its_sign_in()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var session = await OperatorSession.LoginAsync(_host, user.Username, user.Password);
        var rotated = await JsonAsync(await RefreshAsync(_host, session.Text("refreshToken")!), HttpStatusCode.OK);
        using var client = OperatorSession.BearerClient(_host, rotated.Text("accessToken")!);

        var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = rotated.Text("refreshToken") });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await ProblemAsync(await RefreshAsync(_host, rotated.Text("refreshToken")!), HttpStatusCode.Unauthorized);
        var line = Assert.Single(await AuditAsync(admin, $"targetId={user.Id}&action=auth.logout"));
        Assert.Equal("succeeded", line.Text("outcome"));
    }

    [Fact]
    public async Task Nobody_can_log_out_another_users_session()
    {
        var admin = await _fixture.AdminAsync();
        var victim = await OperatorSession.LoginAsync(_host);
        var user = await CreateUserAsync(admin, "Viewer");
        using var client = await OperatorSession.BearerClientAsync(_host, user.Username, user.Password);

        var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = victim.Text("refreshToken") });

        await ProblemAsync(logout, HttpStatusCode.NotFound);
        await JsonAsync(await RefreshAsync(_host, victim.Text("refreshToken")!), HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_api_key_has_no_session_to_log_out()
    {
        using var key = await OperatorSession.ApiKeyClientAsync(_host, "Admin");
        var admin = await OperatorSession.LoginAsync(_host);

        var logout = await key.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = admin.Text("refreshToken") });

        await ProblemAsync(logout, HttpStatusCode.Forbidden);
        await JsonAsync(await RefreshAsync(_host, admin.Text("refreshToken")!), HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_refresh_token_of_a_deleted_user_stops_working()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Operator");
        var session = await OperatorSession.LoginAsync(_host, user.Username, user.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/users/{user.Id}")).StatusCode);

        await ProblemAsync(await RefreshAsync(_host, session.Text("refreshToken")!), HttpStatusCode.Unauthorized);
        await ProblemAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_role_change_ends_the_sessions_so_the_new_role_applies_from_the_next_sign_in()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Operator");
        var session = await OperatorSession.LoginAsync(_host, user.Username, user.Password);

        await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { role = "Viewer" }), HttpStatusCode.OK);

        await ProblemAsync(await RefreshAsync(_host, session.Text("refreshToken")!), HttpStatusCode.Unauthorized);
        var again = await OperatorSession.LoginAsync(_host, user.Username, user.Password);
        Assert.Equal("Viewer", JsonDocument.Parse(TestJwt.FromBase64Url(again.Text("accessToken")!.Split('.')[1])).RootElement.Text("role"));
    }

    [Theory]
    [InlineData("never-issued-token-never-issued-token-000000")]
    [InlineData("x")]
    public async Task An_unknown_refresh_token_is_401(string token) =>
        await ProblemAsync(await RefreshAsync(_host, token), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_empty_refresh_token_is_a_400_naming_the_field()
    {
        var problem = await ProblemAsync(await RefreshAsync(_host, ""), HttpStatusCode.BadRequest);

        Assert.Equal(["refreshToken"], ErrorFields(problem));
    }
}
