using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>Sign-in: what a success returns, that every failure looks alike, and the lockout after five failures.</summary>
public sealed class LoginTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_sign_in_returns_a_bearer_access_token_for_the_account_and_a_refresh_token()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Operator");

        var tokens = await JsonAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.OK);

        Assert.Equal("Bearer", tokens.Text("tokenType"));
        var now = DateTime.UtcNow;
        var expiresAt = tokens.GetProperty("expiresAt").GetDateTime();
        Assert.Equal(DateTimeKind.Utc, expiresAt.Kind);
        Assert.InRange(expiresAt, now.AddMinutes(10), now.AddMinutes(20)); // Jwt:AccessTokenMinutes defaults to 15
        Assert.InRange(tokens.GetProperty("refreshTokenExpiresAt").GetDateTime(), now.AddDays(13), now.AddDays(15));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", tokens.Text("refreshToken")); // 256 random bits, base64url

        var parts = tokens.Text("accessToken")!.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonDocument.Parse(TestJwt.FromBase64Url(parts[0])).RootElement;
        var claims = JsonDocument.Parse(TestJwt.FromBase64Url(parts[1])).RootElement;
        Assert.Equal("HS256", header.Text("alg"));
        Assert.Equal(user.Id.ToString(), claims.Text("sub"));
        Assert.Equal(user.Username, claims.Text("name"));
        Assert.Equal("Operator", claims.Text("role"));
        Assert.Equal("user", claims.Text("csms_principal"));
        Assert.Equal(TestJwt.Issuer, claims.Text("iss"));
        Assert.Equal(TestJwt.Audience, claims.Text("aud"));

        using var client = OperatorSession.BearerClient(_host, tokens.Text("accessToken")!);
        var me = await JsonAsync(await client.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        Assert.Equal(user.Id.ToString(), me.Text("id"));
        Assert.Equal("user", me.Text("type"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_401_problem()
    {
        var wrongPassword = await ProblemAsync(await LoginAsync(_host, "admin", "not-the-admin-password"), HttpStatusCode.Unauthorized);
        var unknownAccount = await ProblemAsync(await LoginAsync(_host, UniqueName("nobody"), "not-the-admin-password"), HttpStatusCode.Unauthorized);

        // Nothing tells a guesser whether the account exists: same fields, same words; only the ids differ.
        Assert.Equal(Shape(wrongPassword), Shape(unknownAccount));
        Assert.Equal(wrongPassword.Text("detail"), unknownAccount.Text("detail"));
        Assert.Equal(wrongPassword.Text("title"), unknownAccount.Text("title"));
    }

    [Fact]
    public async Task The_audit_log_tells_the_failures_apart()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var unknown = UniqueName("ghost");

        await ProblemAsync(await LoginAsync(_host, user.Username, "not-this-users-password"), HttpStatusCode.Unauthorized);
        await ProblemAsync(await LoginAsync(_host, unknown, "not-this-users-password"), HttpStatusCode.Unauthorized);
        await JsonAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.OK);

        var lines = await AuditAsync(admin, $"targetId={user.Id}&action=auth.login&sort=occurredAt");
        Assert.Equal(["failed: wrong password", "succeeded"], lines.Select(l => l.Text("outcome")));
        Assert.All(lines, l => Assert.Equal(user.Username, l.Text("actorName")));
        var ghost = Assert.Single(await AuditAsync(admin, $"actor={unknown}"));
        Assert.Equal("auth.login", ghost.Text("action"));
        Assert.Equal("failed: unknown account", ghost.Text("outcome"));
        Assert.Equal("anonymous", ghost.Text("actorType"));
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("Mixed")]
    public async Task User_names_are_case_insensitive_at_sign_in(string casing)
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer", UniqueName("CaseUser"));
        var typed = casing == "UPPER" ? user.Username.ToUpperInvariant() : user.Username.ToLowerInvariant();

        var tokens = await JsonAsync(await LoginAsync(_host, typed, user.Password), HttpStatusCode.OK);

        using var client = OperatorSession.BearerClient(_host, tokens.Text("accessToken")!);
        var me = await JsonAsync(await client.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        Assert.Equal(user.Username, me.Text("name")); // the name as it was created, not as it was typed
    }

    [Fact]
    public async Task A_sign_in_without_a_password_is_a_400_naming_the_field()
    {
        var problem = await ProblemAsync(await _host.Http.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "" }),
            HttpStatusCode.BadRequest);

        Assert.Equal(["password"], ErrorFields(problem));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_an_admin_sets_a_new_password()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await ProblemAsync(await LoginAsync(_host, user.Username, $"wrong-password-{attempt}"), HttpStatusCode.Unauthorized);
        }

        // The sixth attempt has the right password and is refused all the same, with the very same answer.
        var locked = await ProblemAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.Unauthorized);
        var wrong = await ProblemAsync(await LoginAsync(_host, "admin", "not-the-admin-password"), HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.Text("detail"), locked.Text("detail"));

        var lines = await AuditAsync(admin, $"targetId={user.Id}&sort=occurredAt");
        Assert.Equal(
            ["POST /api/v1/users 201", "auth.login failed: wrong password", "auth.login failed: wrong password", "auth.login failed: wrong password",
             "auth.login failed: wrong password", "auth.lockout", "auth.login failed: locked out"],
            lines.Select(l => l.Text("action") == "auth.lockout" ? "auth.lockout" : $"{l.Text("action")} {l.Text("outcome")}"));
        Assert.StartsWith("locked until ", lines.Single(l => l.Text("action") == "auth.lockout").Text("outcome"), StringComparison.Ordinal);

        var warning = await LogLineAsync(_host, l => l.Text("UserName") == user.Username && l.Text("message")!.Contains("locked out", StringComparison.Ordinal));
        Assert.Equal("Warning", warning.Text("level"));
        Assert.Equal("OcppCsms.Identity.Auth.SignInService", warning.Text("SourceContext"));

        var account = await JsonAsync(await admin.GetAsync($"/api/v1/users/{user.Id}"), HttpStatusCode.OK);
        Assert.InRange(account.GetProperty("lockedUntil").GetDateTime(), DateTime.UtcNow.AddMinutes(3), DateTime.UtcNow.AddMinutes(6));

        const string newPassword = "a-brand-new-password";
        var unlocked = await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { password = newPassword }), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, unlocked.GetProperty("lockedUntil").ValueKind);
        await JsonAsync(await LoginAsync(_host, user.Username, newPassword), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_guesses_cannot_check_more_than_five_passwords_before_the_lockout()
    {
        const int guesses = 20;
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");

        var answers = await Task.WhenAll(Enumerable.Range(1, guesses).Select(i => LoginAsync(_host, user.Username, $"guess-number-{i:00}")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        var outcomes = (await AuditAsync(admin, $"targetId={user.Id}&action=auth.&pageSize=100"))
            .Select(l => l.Text("action") == "auth.lockout" ? "lockout" : l.Text("outcome")).ToList();
        var summary = string.Join(", ", outcomes.GroupBy(o => o).Select(g => $"{g.Key} x{g.Count()}"));
        Assert.True(outcomes.Count(o => o == "failed: wrong password") == 4 && outcomes.Count(o => o == "lockout") == 1,
            $"Five passwords may be checked (four failures, then the lockout); the log says: {summary}");
        Assert.Equal(guesses - 5, outcomes.Count(o => o == "failed: locked out"));
        await ProblemAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.Unauthorized);
    }

    private static string Shape(JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
}
