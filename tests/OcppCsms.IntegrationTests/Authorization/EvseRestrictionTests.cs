using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// An id tag restricted to some EVSEs (<c>evseIds</c> on <c>/api/v1/id-tags</c>): a 2.0.1 station gets the list as
/// idTokenInfo.evseId (C01.FR.20) and enforces it; an unrestricted tag has none (C01.FR.19); a 1.6 answer is unchanged.
/// </summary>
public sealed class EvseRestrictionTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;

    [Fact]
    public async Task A_restricted_tag_is_accepted_with_its_evse_ids_and_an_unrestricted_one_without()
    {
        var client = await _fixture.OperatorAsync();
        var restricted = UniqueTag("EVSE");
        var free = UniqueTag("ANY");
        await CreateAsync(client, new { idTag = restricted, status = "Accepted", evseIds = new[] { 2, 1 } });
        await CreateTagAsync(client, free);
        await using var station = await TestStation.RegisterAndConnectAsync(_fixture.Host, client, StationApi.UniqueId("CP-EVSE201"), "ocpp2.0.1");
        await using var v16 = await TestStation.RegisterAndConnectAsync(_fixture.Host, client, StationApi.UniqueId("CP-EVSE16"));

        var restrictedInfo = (await station.CallAsync("Authorize", new { idToken = new { idToken = restricted, type = "ISO14443" } })).GetProperty("idTokenInfo");
        var freeInfo = (await station.CallAsync("Authorize", new { idToken = new { idToken = free, type = "ISO14443" } })).GetProperty("idTokenInfo");

        Assert.Equal("Accepted", restrictedInfo.Text("status"));
        Assert.Equal([2, 1], restrictedInfo.GetProperty("evseId").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("Accepted", freeInfo.Text("status"));
        Assert.False(freeInfo.TryGetProperty("evseId", out _), freeInfo.GetRawText());
        var v16Info = await AuthorizeAsync(v16, restricted);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"status":"Accepted"}""").RootElement, v16Info), v16Info.GetRawText());
    }

    [Fact]
    public async Task The_evse_ids_are_registered_shown_changed_and_lifted()
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("EVSES");

        var created = await CreateAsync(client, new { idTag, status = "Accepted", evseIds = new[] { 3 } });
        var shown = await JsonAsync(await client.GetAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.OK);
        var changed = await JsonAsync(await PatchAsync(client, idTag, """{"evseIds":[1,4]}"""), HttpStatusCode.OK);
        var kept = await JsonAsync(await PatchAsync(client, idTag, """{"description":"Depot"}"""), HttpStatusCode.OK);
        var lifted = await JsonAsync(await PatchAsync(client, idTag, """{"evseIds":null}"""), HttpStatusCode.OK);

        Assert.Equal([3], EvseIds(created));
        Assert.Equal([3], EvseIds(shown));
        Assert.Equal([1, 4], EvseIds(changed));
        Assert.Equal([1, 4], EvseIds(kept));
        Assert.Equal(JsonValueKind.Null, lifted.GetProperty("evseIds").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await CreateTagAsync(client, UniqueTag("NOEVSE"))).GetProperty("evseIds").ValueKind);
    }

    [Theory]
    [InlineData("[0]", "evseIds[0]", "positive")]
    [InlineData("[2,-1]", "evseIds[1]", "positive")]
    [InlineData("[]", "evseIds", "at least one")]
    [InlineData("[1,1]", "evseIds", "once")]
    [InlineData("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33]", "evseIds", "At most 32")]
    public async Task An_invalid_evse_list_is_refused_naming_the_field(string evseIds, string field, string message)
    {
        var client = await _fixture.OperatorAsync();
        var idTag = UniqueTag("BADEVSE");
        await CreateTagAsync(client, idTag);

        var created = await ProblemAsync(
            await client.PostAsync("/api/v1/id-tags", Json($$"""{"idTag":"{{UniqueTag("BADEVSE")}}","status":"Accepted","evseIds":{{evseIds}}}""")), HttpStatusCode.BadRequest);
        var patched = await ProblemAsync(await PatchAsync(client, idTag, $$"""{"evseIds":{{evseIds}}}"""), HttpStatusCode.BadRequest);

        foreach (var problem in new[] { created, patched })
        {
            Assert.Equal([field], ErrorFields(problem));
            Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        }
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/id-tags", body), HttpStatusCode.Created);

    private static int[] EvseIds(JsonElement tag) => [.. tag.GetProperty("evseIds").EnumerateArray().Select(e => e.GetInt32())];
}
