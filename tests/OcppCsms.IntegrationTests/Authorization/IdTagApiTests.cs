using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// <c>/api/v1/id-tags</c>: registration, case-insensitive lookup, merge-patch updates, deletion, lists, and every answer
/// a caller can get (201, 200, 204, 400 naming the field, 401, 403, 404, 409).
/// </summary>
public sealed class IdTagApiTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_tag_is_registered_found_in_any_case_changed_and_removed()
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("Tag");
        var expiry = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc);

        var response = await client.PostAsJsonAsync("/api/v1/id-tags", new { idTag, status = "Accepted", expiryDate = expiry, parentIdTag = "FLEET-1", description = "Van 3" });

        var created = await JsonAsync(response, HttpStatusCode.Created);
        Assert.EndsWith($"/api/v1/id-tags/{idTag}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal((idTag, "Accepted", "FLEET-1", "Van 3"), (created.Text("idTag"), created.Text("status"), created.Text("parentIdTag"), created.Text("description")));
        Assert.Equal(expiry, created.GetProperty("expiryDate").GetDateTime().ToUniversalTime());
        var shown = await JsonAsync(await client.GetAsync($"/api/v1/id-tags/{idTag.ToUpperInvariant()}"), HttpStatusCode.OK);
        Assert.Equal(idTag, shown.Text("idTag"));

        var blocked = await JsonAsync(await PatchAsync(client, idTag.ToLowerInvariant(), """{"status":"Blocked","parentIdTag":null}"""), HttpStatusCode.OK);
        Assert.Equal(("Blocked", null, "Van 3"), (blocked.Text("status"), blocked.Text("parentIdTag"), blocked.Text("description")));
        Assert.Equal(expiry, blocked.GetProperty("expiryDate").GetDateTime().ToUniversalTime());
        var cleared = await JsonAsync(await PatchAsync(client, idTag, """{"expiryDate":null,"description":"Van 4"}"""), HttpStatusCode.OK);
        Assert.Equal(("Blocked", "Van 4"), (cleared.Text("status"), cleared.Text("description")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("expiryDate").ValueKind);
        Assert.True(cleared.GetProperty("updatedAt").GetDateTime() >= created.GetProperty("updatedAt").GetDateTime());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/id-tags/{idTag}")).StatusCode);
        await ProblemAsync(await client.GetAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.DeleteAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PatchAsync(client, idTag, """{"status":"Accepted"}"""), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tag_that_differs_only_in_case_is_a_duplicate()
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("dup");
        await CreateTagAsync(client, idTag);

        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/id-tags", new { idTag = idTag.ToUpperInvariant(), status = "Blocked" }),
            HttpStatusCode.Conflict);

        Assert.Contains("case-insensitively", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("Accepted", (await JsonAsync(await client.GetAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.OK)).Text("status"));
    }

    [Theory]
    [InlineData("""{"idTag":"","status":"Accepted"}""", "idTag", "must not be empty")]
    [InlineData("""{"idTag":"0123456789012345678901234567890123456","status":"Accepted"}""", "idTag", "36")]
    [InlineData("""{"idTag":"TWO WORDS","status":"Accepted"}""", "idTag", "printable ASCII")]
    [InlineData("""{"idTag":"NO-STATUS"}""", "status", "must not be empty")]
    [InlineData("""{"idTag":"BAD-STATUS","status":"ConcurrentTx"}""", "status", "Invalid value")]
    [InlineData("""{"idTag":"SELF","status":"Accepted","parentIdTag":"self"}""", "parentIdTag", "own parent")]
    [InlineData("""{"idTag":"LONG-PARENT","status":"Accepted","parentIdTag":"0123456789012345678901234567890123456"}""", "parentIdTag", "36")]
    [InlineData("""{"idTag":"BAD-DATE","status":"Accepted","expiryDate":"tomorrow"}""", "expiryDate", "Invalid value")]
    [InlineData("""{"idTag":"EXTRA","status":"Accepted","colour":"red"}""", "colour", "Unknown property")]
    public async Task An_invalid_registration_is_refused_naming_the_field(string body, string field, string message)
    {
        var client = await _fixture.OperatorAsync();

        var problem = await ProblemAsync(await client.PostAsync("/api/v1/id-tags", Json(body)), HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":null}""", "status", "cannot be cleared")]
    [InlineData("""{}""", "body", "at least one")]
    [InlineData("""{"idTag":"OTHER"}""", "idTag", "Unknown property")]
    [InlineData("""{"parentIdTag":"has space"}""", "parentIdTag", "printable ASCII")]
    public async Task An_invalid_change_is_refused_naming_the_field(string body, string field, string message)
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("PATCH");
        await CreateTagAsync(client, idTag);

        var problem = await ProblemAsync(await PatchAsync(client, idTag, body), HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_cannot_be_made_its_own_parent()
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("LOOP");
        await CreateTagAsync(client, idTag);

        var problem = await ProblemAsync(await PatchAsync(client, idTag, $$"""{"parentIdTag":"{{idTag.ToLowerInvariant()}}"}"""), HttpStatusCode.BadRequest);

        Assert.Equal(["parentIdTag"], ErrorFields(problem));
    }

    [Fact]
    public async Task The_list_filters_by_status_group_and_search_and_sorts()
    {
        var client = await _fixture.OperatorAsync();
        var group = UniqueTag("GROUP");
        var first = UniqueTag("m1");
        var second = UniqueTag("m2");
        var outsider = UniqueTag("out");
        await CreateTagAsync(client, first, "Blocked", new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), group);
        await CreateTagAsync(client, second, "Accepted", new DateTime(2032, 1, 1, 0, 0, 0, DateTimeKind.Utc), group.ToLowerInvariant(), description: "night shift");
        await CreateTagAsync(client, outsider, "Blocked");

        Assert.Equal([second, first], await ListTagsAsync(client, $"parentIdTag={group}&sort=-expiryDate"));
        Assert.Equal([first], await ListTagsAsync(client, $"parentIdTag={group}&status=Blocked"));
        Assert.Equal([second], await ListTagsAsync(client, "search=NIGHT SHIFT"));
        Assert.Equal([outsider], await ListTagsAsync(client, $"search={outsider.ToLowerInvariant()}"));
        var page = await JsonAsync(await client.GetAsync($"/api/v1/id-tags?parentIdTag={group}&pageSize=1&page=2&sort=idTag"), HttpStatusCode.OK);
        Assert.Equal((2, 2), (page.GetProperty("totalCount").GetInt32(), page.GetProperty("totalPages").GetInt32()));

        Assert.Equal(["sort"], ErrorFields(await ProblemAsync(await client.GetAsync("/api/v1/id-tags?sort=colour"), HttpStatusCode.BadRequest)));
        Assert.Equal(["status"], ErrorFields(await ProblemAsync(await client.GetAsync("/api/v1/id-tags?status=Sometimes"), HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Viewers_read_tags_operators_change_them_and_strangers_do_neither()
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("ROLE");
        await CreateTagAsync(client, idTag);
        using var viewer = await OperatorSession.ApiKeyClientAsync(_host, "Viewer");
        using var operatorKey = await OperatorSession.ApiKeyClientAsync(_host, "Operator");

        await JsonAsync(await viewer.GetAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.OK);
        await JsonAsync(await viewer.GetAsync("/api/v1/id-tags"), HttpStatusCode.OK);
        await ProblemAsync(await viewer.PostAsJsonAsync("/api/v1/id-tags", new { idTag = UniqueTag("V"), status = "Accepted" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await PatchAsync(viewer, idTag, """{"status":"Blocked"}"""), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.DeleteAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await _host.Http.GetAsync("/api/v1/id-tags"), HttpStatusCode.Unauthorized);
        await JsonAsync(await PatchAsync(operatorKey, idTag, """{"status":"Blocked"}"""), HttpStatusCode.OK);
    }

    private static async Task<List<string>> ListTagsAsync(HttpClient client, string query)
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/id-tags?pageSize=500&{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(item => item.Text("idTag")!).ToList();
    }
}
