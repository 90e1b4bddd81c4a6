using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>A signed-in user changes their own password; the old one and every session it opened stop working.</summary>
public sealed class PasswordChangeTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Path = "/api/v1/auth/password";
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_changed_password_replaces_the_old_one_and_ends_the_old_sessions()
    {
        var (user, client, session) = await SignedInUserAsync();
        var otherSession = await OperatorSession.LoginAsync(_host, user.Username, user.Password);
        const string newPassword = "the-new-password-of-this-user";

        var response = await client.PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ProblemAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.Unauthorized);
        await ProblemAsync(await RefreshAsync(_host, session.Text("refreshToken")!), HttpStatusCode.Unauthorized);
        await ProblemAsync(await RefreshAsync(_host, otherSession.Text("refreshToken")!), HttpStatusCode.Unauthorized);
        await JsonAsync(await LoginAsync(_host, user.Username, newPassword), HttpStatusCode.OK);
        var admin = await _fixture.AdminAsync();
        var line = Assert.Single(await AuditAsync(admin, $"targetId={user.Id}&action=auth.password"));
        Assert.Equal("succeeded", line.Text("outcome"));
        Assert.Equal(user.Username, line.Text("actorName"));
    }

    [Fact]
    public async Task A_wrong_current_password_is_401_and_changes_nothing()
    {
        var (user, client, session) = await SignedInUserAsync();

        var problem = await ProblemAsync(await client.PutAsJsonAsync(Path, new { currentPassword = "not-my-password", newPassword = "would-be-new-password" }),
            HttpStatusCode.Unauthorized);

        Assert.Equal("The current password is wrong, or the account is locked for a while.", problem.Text("detail"));
        await JsonAsync(await RefreshAsync(_host, session.Text("refreshToken")!), HttpStatusCode.OK);
        await JsonAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.OK);
        await ProblemAsync(await LoginAsync(_host, user.Username, "would-be-new-password"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Wrong_current_passwords_count_towards_the_lockout()
    {
        var (user, client, _) = await SignedInUserAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await ProblemAsync(await client.PutAsJsonAsync(Path, new { currentPassword = $"guess-number-{attempt}", newPassword = "would-be-new-password" }),
                HttpStatusCode.Unauthorized);
        }

        // Locked: neither the right current password nor a sign-in with it gets through.
        await ProblemAsync(await client.PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword = "would-be-new-password" }),
            HttpStatusCode.Unauthorized);
        await ProblemAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.Unauthorized);
        var admin = await _fixture.AdminAsync();
        Assert.Single(await AuditAsync(admin, $"targetId={user.Id}&action=auth.lockout"));
    }

    [Fact]
    public async Task A_too_short_or_unchanged_new_password_is_a_400_naming_the_field()
    {
        var (user, client, _) = await SignedInUserAsync();

        var tooShort = await ProblemAsync(await client.PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword = "short" }), HttpStatusCode.BadRequest);
        var unchanged = await ProblemAsync(await client.PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword = user.Password }), HttpStatusCode.BadRequest);

        Assert.Equal(["newPassword"], ErrorFields(tooShort));
        Assert.Equal(["newPassword"], ErrorFields(unchanged));
        await JsonAsync(await LoginAsync(_host, user.Username, user.Password), HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_api_key_has_no_password_to_change()
    {
        using var key = await OperatorSession.ApiKeyClientAsync(_host, "Admin");

        var problem = await ProblemAsync(await key.PutAsJsonAsync(Path, new { currentPassword = TestSecrets.AdminPassword, newPassword = "an-api-key-cannot-do-this" }),
            HttpStatusCode.Forbidden);

        Assert.Equal("Not for API keys", problem.Text("title"));
        await JsonAsync(await LoginAsync(_host, "admin", TestSecrets.AdminPassword), HttpStatusCode.OK);
    }

    private async Task<(TestUser User, HttpClient Client, JsonElement Session)> SignedInUserAsync()
    {
        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, "Viewer");
        var session = await OperatorSession.LoginAsync(_host, user.Username, user.Password);
        return (user, OperatorSession.BearerClient(_host, session.Text("accessToken")!), session);
    }
}
