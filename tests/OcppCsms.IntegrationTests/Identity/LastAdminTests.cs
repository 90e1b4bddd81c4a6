using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// Someone must always be able to manage the rest: the last Admin can neither be deleted nor demoted. A host of its
/// own, because these tests depend on how many Admins exist.
/// </summary>
public sealed class LastAdminTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task The_last_admin_cannot_be_deleted_or_demoted_until_there_is_another()
    {
        var admin = await _fixture.AdminAsync();
        var adminId = (await JsonAsync(await admin.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK)).GetProperty("id").GetGuid();
        // An Admin API key is not an account: it can try to delete the last Admin account without deleting itself.
        using var key = await OperatorSession.ApiKeyClientAsync(_host, "Admin");

        var deleted = await ProblemAsync(await key.DeleteAsync($"/api/v1/users/{adminId}"), HttpStatusCode.Conflict);
        var demoted = await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/users/{adminId}", new { role = "Operator" }), HttpStatusCode.Conflict);
        var demotedByKey = await ProblemAsync(await key.PutAsJsonAsync($"/api/v1/users/{adminId}", new { role = "Viewer" }), HttpStatusCode.Conflict);

        Assert.Equal("Last Admin", deleted.Text("title"));
        Assert.Equal("Last Admin", demoted.Text("title"));
        Assert.Equal("Last Admin", demotedByKey.Text("title"));
        Assert.Equal("Admin", (await JsonAsync(await admin.GetAsync($"/api/v1/users/{adminId}"), HttpStatusCode.OK)).Text("role"));
        // Keeping the role, or changing only the password, is not a demotion.
        await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/users/{adminId}", new { role = "Admin" }), HttpStatusCode.OK);

        var second = await CreateUserAsync(admin, "Admin");
        var nowOperator = await JsonAsync(await key.PutAsJsonAsync($"/api/v1/users/{adminId}", new { role = "Operator" }), HttpStatusCode.OK);
        Assert.Equal("Operator", nowOperator.Text("role"));

        // Now the second is the last Admin in turn.
        Assert.Equal("Last Admin", (await ProblemAsync(await key.DeleteAsync($"/api/v1/users/{second.Id}"), HttpStatusCode.Conflict)).Text("title"));
        Assert.Equal(HttpStatusCode.NoContent, (await key.DeleteAsync($"/api/v1/users/{adminId}")).StatusCode);
        await JsonAsync(await LoginAsync(_host, second.Username, second.Password), HttpStatusCode.OK);
    }
}
