using System.Net;
using System.Net.Http.Json;
using System.Text;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// <c>/api/v1/stations</c>: registration with precise validation errors, passwords shown only when generated and never
/// logged or audited, profile and CN changes, who may do what, lists, and 404s.
/// </summary>
public sealed class StationApiTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_basic_profile_station_registered_without_a_password_gets_one_generated_and_shown_once(int profile)
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-GEN");

        var response = await client.PostAsJsonAsync("/api/v1/stations", new { id, securityProfile = profile });

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var password = created.Text("password")!;
        Assert.Matches("^[0-9a-f]{32}$", password);
        Assert.Equal("Accepted", created.Text("registrationStatus"));
        Assert.True(created.GetProperty("hasPassword").GetBoolean());
        Assert.EndsWith($"/api/v1/stations/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var shown = await GetAsync(client, id);
        Assert.False(shown.TryGetProperty("password", out _));
        Assert.False(shown.TryGetProperty("passwordHash", out _));
        var listed = await JsonAsync(await client.GetAsync("/api/v1/stations?pageSize=500"), HttpStatusCode.OK);
        Assert.DoesNotContain(password, listed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, _host.AllOutput, StringComparison.Ordinal);
        if (profile == 1)
        {
            await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, password));
        }
    }

    [Fact]
    public async Task A_chosen_password_is_neither_echoed_nor_logged_nor_audited()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-CHOSEN");
        var password = "Chosen-Password-" + NewPassword();
        var requestId = UniqueId("req");

        var response = await client.SendAsync(Request(HttpMethod.Post, "/api/v1/stations", requestId, new { id, securityProfile = 1, password }));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        Assert.False(created.TryGetProperty("password", out _));
        Assert.True(created.GetProperty("hasPassword").GetBoolean());
        var audit = Assert.Single(await AuditAsync(client, $"targetType=stations&targetId={id}"));
        Assert.Equal("POST /api/v1/stations", audit.Text("action"));
        Assert.Equal(requestId, audit.Text("requestId"));
        Assert.DoesNotContain(password, audit.ToString(), StringComparison.Ordinal);
        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, password));
        Assert.DoesNotContain(password, _host.AllOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"CP:1","securityProfile":0}""", "id", "':'")]
    [InlineData("""{"id":"CP-0123456789-0123456789-0123456789-0123456789-49","securityProfile":0}""", "id", "48")]
    [InlineData("""{"id":"","securityProfile":0}""", "id", "must not be empty")]
    [InlineData("""{"id":"CP-NO-PROFILE"}""", "securityProfile", "must not be empty")]
    [InlineData("""{"id":"CP-PROFILE-4","securityProfile":4}""", "securityProfile", "between 0 and 3")]
    [InlineData("""{"id":"CP-SHORT","securityProfile":1,"password":"fifteen-chars-x"}""", "password", "16")]
    [InlineData("""{"id":"CP-LONG","securityProfile":2,"password":"forty-one-characters-are-one-too-many-xyz"}""", "password", "40")]
    [InlineData("""{"id":"CP-SPACE","securityProfile":1,"password":"sixteen chars ok"}""", "password", "printable ASCII")]
    [InlineData("""{"id":"CP-P0-PW","securityProfile":0,"password":"sixteen-chars-ok"}""", "password", "profiles 1 and 2")]
    [InlineData("""{"id":"CP-P3-PW","securityProfile":3,"password":"sixteen-chars-ok"}""", "password", "profiles 1 and 2")]
    [InlineData("""{"id":"CP-CN","securityProfile":3,"certificateCommonName":"0123456789012345678901234567890123456789012345678901234567890123X"}""",
        "certificateCommonName", "64")]
    [InlineData("""{"id":"CP-EXTRA","securityProfile":0,"isAdmin":true}""", "isAdmin", "Unknown property")]
    [InlineData("""{"id":"CP-TYPE","securityProfile":true}""", "securityProfile", "Invalid value")]
    public async Task Invalid_registrations_are_400_naming_the_field(string json, string field, string message)
    {
        var client = await _fixture.OperatorAsync();

        var problem = await ProblemAsync(await client.PostAsync("/api/v1/stations", new StringContent(json, Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_registration_of_one_identity_is_409()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-TWICE");
        await RegisterAsync(client, id, profile: 0);

        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/stations", new { id, securityProfile = 2 }), HttpStatusCode.Conflict);

        Assert.Equal("Station exists", problem.Text("title"));
        Assert.Equal(0, (await GetAsync(client, id)).GetProperty("securityProfile").GetInt32());
    }

    [Fact]
    public async Task Profile_changes_generate_a_password_when_one_is_needed_and_drop_it_when_not()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-CHANGE");
        await RegisterAsync(client, id, profile: 0);

        var basic = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}", new { securityProfile = 1 }), HttpStatusCode.OK);
        var password = basic.Text("password")!;
        Assert.Matches("^[0-9a-f]{32}$", password);
        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, password));

        var certificate = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}", new { securityProfile = 3, certificateCommonName = "SN-4711" }),
            HttpStatusCode.OK);
        Assert.False(certificate.GetProperty("hasPassword").GetBoolean());
        Assert.Equal("SN-4711", certificate.Text("certificateCommonName"));
        Assert.False(certificate.TryGetProperty("password", out _));
        await ProblemAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}/password", new { }), HttpStatusCode.Conflict);

        var reset = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}", new { certificateCommonName = "" }), HttpStatusCode.OK);
        Assert.Equal(id, reset.Text("certificateCommonName"));
        Assert.Equal(3, reset.GetProperty("securityProfile").GetInt32());
        var empty = await ProblemAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["body"], ErrorFields(empty));
    }

    [Fact]
    public async Task Viewers_read_the_registry_and_only_operators_change_it()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-ROLES");
        await RegisterAsync(client, id, profile: 0);
        using var viewer = await OperatorSession.ApiKeyClientAsync(_host, "Viewer");
        using var operatorKey = await OperatorSession.ApiKeyClientAsync(_host, "Operator");

        Assert.Equal(id, (await GetAsync(viewer, id)).Text("id"));
        Assert.Contains(id, await ListIdsAsync(viewer, ""));
        await ProblemAsync(await viewer.PostAsJsonAsync("/api/v1/stations", new { id = UniqueId("CP-VIEWER"), securityProfile = 0 }), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.PutAsJsonAsync($"/api/v1/stations/{id}", new { securityProfile = 1 }), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.PostAsync($"/api/v1/stations/{id}/reject", null), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.DeleteAsync($"/api/v1/stations/{id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await _host.Http.GetAsync("/api/v1/stations"), HttpStatusCode.Unauthorized);

        Assert.Equal("Rejected", (await JsonAsync(await operatorKey.PostAsync($"/api/v1/stations/{id}/reject", null), HttpStatusCode.OK)).Text("registrationStatus"));
        Assert.Equal("Rejected", (await GetAsync(viewer, id)).Text("registrationStatus"));
    }

    [Fact]
    public async Task Stations_are_listed_in_pages_sorted_and_filtered()
    {
        var client = await _fixture.OperatorAsync();
        var prefix = UniqueId("CP-LIST");
        foreach (var (suffix, profile) in new[] { ("c", 0), ("a", 3), ("b", 0) })
        {
            await RegisterAsync(client, $"{prefix}-{suffix}", profile);
        }

        await client.PostAsync($"/api/v1/stations/{prefix}-b/reject", null);

        var ours = (await ListIdsAsync(client, "sort=-id")).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{prefix}-c", $"{prefix}-b", $"{prefix}-a"], ours);
        var rejected = (await ListIdsAsync(client, "registrationStatus=Rejected")).Where(id => id.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Equal([$"{prefix}-b"], rejected);
        var page = await JsonAsync(await client.GetAsync("/api/v1/stations?pageSize=2&page=1&sort=securityProfile"), HttpStatusCode.OK);
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 3);
        var badSort = await ProblemAsync(await client.GetAsync("/api/v1/stations?sort=password"), HttpStatusCode.BadRequest);
        Assert.Equal(["sort"], ErrorFields(badSort));
        await ProblemAsync(await client.GetAsync("/api/v1/stations?registrationStatus=Maybe"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_stations_are_404_problems_and_a_deleted_one_is_gone()
    {
        var client = await _fixture.OperatorAsync();
        var missing = UniqueId("CP-MISSING");

        await ProblemAsync(await client.GetAsync($"/api/v1/stations/{missing}"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.PutAsJsonAsync($"/api/v1/stations/{missing}", new { securityProfile = 1 }), HttpStatusCode.NotFound);
        await ProblemAsync(await client.PutAsJsonAsync($"/api/v1/stations/{missing}/password", new { }), HttpStatusCode.NotFound);
        await ProblemAsync(await client.PostAsync($"/api/v1/stations/{missing}/accept", null), HttpStatusCode.NotFound);
        await ProblemAsync(await client.DeleteAsync($"/api/v1/stations/{missing}"), HttpStatusCode.NotFound);

        var id = UniqueId("CP-DELETE");
        await RegisterAsync(client, id, profile: 1);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/stations/{id}")).StatusCode);
        await ProblemAsync(await client.GetAsync($"/api/v1/stations/{id}"), HttpStatusCode.NotFound);
    }
}
