using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>Who may read what: users and API keys of each role against every identity resource.</summary>
public sealed class RoleMatrixTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static readonly string[] AdminOnly = ["/api/v1/users", "/api/v1/api-keys", "/api/v1/audit"];
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Theory]
    [InlineData("user", "Viewer")]
    [InlineData("user", "Operator")]
    [InlineData("user", "Admin")]
    [InlineData("api_key", "Viewer")]
    [InlineData("api_key", "Operator")]
    [InlineData("api_key", "Admin")]
    public async Task Users_api_keys_and_the_audit_log_are_for_admins_and_everyone_may_ask_who_they_are(string type, string role)
    {
        using var client = await ClientAsync(type, role);

        var me = await JsonAsync(await client.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        Assert.Equal(type, me.Text("type"));
        Assert.Equal(role, me.Text("role"));

        foreach (var path in AdminOnly)
        {
            var response = await client.GetAsync(path);
            if (role == "Admin")
            {
                await JsonAsync(response, HttpStatusCode.OK);
            }
            else
            {
                await ProblemAsync(response, HttpStatusCode.Forbidden);
            }
        }
    }

    [Theory]
    [InlineData("Viewer")]
    [InlineData("Operator")]
    public async Task Below_admin_no_one_may_create_users_or_keys(string role)
    {
        using var client = await ClientAsync("user", role);

        await ProblemAsync(await client.PostAsync("/api/v1/users", Json(new { username = UniqueName("sneaky"), password = "a-long-enough-password", role = "Admin" })),
            HttpStatusCode.Forbidden);
        await ProblemAsync(await client.PostAsync("/api/v1/api-keys", Json(new { name = "sneaky", role = "Admin" })), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/api/v1/auth/me")]
    [InlineData("GET", "/api/v1/users")]
    [InlineData("GET", "/api/v1/api-keys")]
    [InlineData("GET", "/api/v1/audit")]
    [InlineData("POST", "/api/v1/users")]
    [InlineData("DELETE", "/api/v1/api-keys/01a1ff09-5375-76f3-8c48-4b41e4f553c9")]
    [InlineData("PUT", "/api/v1/auth/password")]
    public async Task Without_credentials_everything_but_sign_in_is_401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "POST" or "PUT" ? Json(new { }) : null };

        await ProblemAsync(await _host.Http.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    private async Task<HttpClient> ClientAsync(string type, string role)
    {
        if (type == "api_key")
        {
            return await OperatorSession.ApiKeyClientAsync(_host, role);
        }

        var admin = await _fixture.AdminAsync();
        var user = await CreateUserAsync(admin, role);
        return await OperatorSession.BearerClientAsync(_host, user.Username, user.Password);
    }

    private static JsonContent Json(object body) => JsonContent.Create(body);
}
