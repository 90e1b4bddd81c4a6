using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// send-local-list and get-local-list-version over REST against real 1.6 and 2.0.1 stations (OCPP 1.6 §3.5.2, §5.10,
/// §5.15; 2.0.1 D01/D02): the versions the CSMS chooses, what goes over the wire, and that only what a station accepts
/// becomes its list.
/// </summary>
public sealed class LocalListTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;

    [Fact]
    public async Task A_full_then_a_differential_update_are_versioned_and_recorded_as_the_station_accepts_them()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-LIST");
        var expiry = new DateTime(2031, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var full = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/send-local-list", new
        {
            updateType = "Full",
            localAuthorizationList = new object[]
            {
                new { idTag = "CARD-A", idTagInfo = new { status = "Accepted", expiryDate = expiry, parentIdTag = "FLEET" } },
                new { idTag = "CARD-B", idTagInfo = new { status = "Accepted" } },
            },
        });
        var sent = await station.ReceiveCallAsync("SendLocalList");
        Assert.Equal((1, "Full"), (sent.Payload.GetProperty("listVersion").GetInt32(), sent.Payload.Text("updateType")));
        var entries = sent.Payload.GetProperty("localAuthorizationList");
        Assert.Equal(("CARD-A", "Accepted", "FLEET"), (entries[0].Text("idTag"), entries[0].GetProperty("idTagInfo").Text("status"), entries[0].GetProperty("idTagInfo").Text("parentIdTag")));
        Assert.Equal(expiry, entries[0].GetProperty("idTagInfo").GetProperty("expiryDate").GetDateTime().ToUniversalTime());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"idTag":"CARD-B","idTagInfo":{"status":"Accepted"}}""").RootElement, entries[1]));
        await station.AnswerAsync(sent, new { status = "Accepted" });
        var answer = await JsonAsync(await full, HttpStatusCode.OK);
        Assert.Equal(("SendLocalList", "Accepted", 1), (answer.Text("action"), answer.Text("status"), answer.GetProperty("listVersion").GetInt32()));
        var list = await LocalListAsync(client, station.Id);
        Assert.Equal(1, list.GetProperty("listVersion").GetInt32());
        Assert.Equal(["CARD-A Accepted FLEET", "CARD-B Accepted "], Entries(list));

        var differential = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/send-local-list", new
        {
            updateType = "Differential",
            localAuthorizationList = new object[]
            {
                new { idTag = "card-a", idTagInfo = new { status = "Blocked" } },
                new { idTag = "CARD-B" },
                new { idTag = "CARD-C", idTagInfo = new { status = "Expired" } },
            },
        });
        await AnswerExpectedAsync(station, "SendLocalList", """
            {"listVersion":2,"updateType":"Differential","localAuthorizationList":[
              {"idTag":"card-a","idTagInfo":{"status":"Blocked"}},{"idTag":"CARD-B"},{"idTag":"CARD-C","idTagInfo":{"status":"Expired"}}]}
            """, new { status = "Accepted" });
        Assert.Equal(2, (await JsonAsync(await differential, HttpStatusCode.OK)).GetProperty("listVersion").GetInt32());
        list = await LocalListAsync(client, station.Id);
        Assert.Equal(2, list.GetProperty("listVersion").GetInt32());
        Assert.Equal(["card-a Blocked ", "CARD-C Expired "], Entries(list));
    }

    [Theory]
    [InlineData("VersionMismatch")]
    [InlineData("Failed")]
    [InlineData("NotSupported")]
    public async Task An_update_the_station_does_not_accept_leaves_the_version_and_the_entries(string status)
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-MISMATCH");
        await SendLocalListAsync(client, station, new { updateType = "Full", listVersion = 5, localAuthorizationList = new[] { new { idTag = "KEEP", idTagInfo = new { status = "Accepted" } } } }, "Accepted");

        var answer = await SendLocalListAsync(client, station, new { updateType = "Differential", localAuthorizationList = new[] { new { idTag = "KEEP" } } }, status);

        Assert.Equal((status, 6), (answer.Text("status"), answer.GetProperty("listVersion").GetInt32()));
        var list = await LocalListAsync(client, station.Id);
        Assert.Equal(5, list.GetProperty("listVersion").GetInt32());
        Assert.Equal(["KEEP Accepted "], Entries(list));
    }

    [Fact]
    public async Task An_empty_full_update_empties_the_list_and_the_reported_version_is_kept_beside_it()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-EMPTY");
        await SendLocalListAsync(client, station, new { updateType = "Full", localAuthorizationList = new[] { new { idTag = "GONE", idTagInfo = new { status = "Accepted" } } } }, "Accepted");

        var emptying = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/send-local-list", new { updateType = "Full" });
        await AnswerExpectedAsync(station, "SendLocalList", """{"listVersion":2,"updateType":"Full"}""", new { status = "Accepted" });
        await JsonAsync(await emptying, HttpStatusCode.OK);
        var asking = client.PostAsync($"/api/v1/stations/{station.Id}/commands/get-local-list-version", null);
        await AnswerExpectedAsync(station, "GetLocalListVersion", "{}", new { listVersion = 7 });
        var answer = await JsonAsync(await asking, HttpStatusCode.OK);

        Assert.Equal(7, answer.GetProperty("response").GetProperty("listVersion").GetInt32());
        var list = await LocalListAsync(client, station.Id);
        Assert.Equal((2, 7), (list.GetProperty("listVersion").GetInt32(), list.GetProperty("reportedVersion").GetInt32()));
        Assert.Empty(Entries(list));
    }

    [Fact]
    public async Task A_2_0_1_station_gets_version_numbers_id_tokens_and_id_token_info()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-LIST201", "ocpp2.0.1");
        var expiry = new DateTime(2030, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        var sending = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/send-local-list", new
        {
            updateType = "Full",
            localAuthorizationList = new object[]
            {
                new { idTag = "04A2B3C4", idTagInfo = new { status = "Blocked", expiryDate = expiry, parentIdTag = "ACCOUNT-1" } },
                new { idTag = "1234", idTokenType = "KeyCode", idTagInfo = new { status = "Accepted" } },
            },
        });
        var call = await station.ReceiveCallAsync("SendLocalList");
        Assert.Equal((1, "Full"), (call.Payload.GetProperty("versionNumber").GetInt32(), call.Payload.Text("updateType")));
        var entries = call.Payload.GetProperty("localAuthorizationList");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"idToken":"04A2B3C4","type":"ISO14443"}""").RootElement, entries[0].GetProperty("idToken")));
        var info = entries[0].GetProperty("idTokenInfo");
        Assert.Equal(("Blocked", expiry), (info.Text("status"), info.GetProperty("cacheExpiryDateTime").GetDateTime().ToUniversalTime()));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"idToken":"ACCOUNT-1","type":"Central"}""").RootElement, info.GetProperty("groupIdToken")));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"idToken":{"idToken":"1234","type":"KeyCode"},"idTokenInfo":{"status":"Accepted"}}""").RootElement, entries[1]));
        await station.AnswerAsync(call, new { status = "Accepted" });
        await JsonAsync(await sending, HttpStatusCode.OK);

        var asking = client.PostAsync($"/api/v1/stations/{station.Id}/commands/get-local-list-version", null);
        await AnswerExpectedAsync(station, "GetLocalListVersion", "{}", new { versionNumber = 1 });
        await JsonAsync(await asking, HttpStatusCode.OK);

        var list = await LocalListAsync(client, station.Id);
        Assert.Equal((1, 1), (list.GetProperty("listVersion").GetInt32(), list.GetProperty("reportedVersion").GetInt32()));
        Assert.Equal(["04A2B3C4 Blocked ACCOUNT-1", "1234 Accepted "], Entries(list));
    }

    [Theory]
    [InlineData("""{"localAuthorizationList":[]}""", "updateType")]
    [InlineData("""{"updateType":"Full","listVersion":0}""", "listVersion")]
    [InlineData("""{"updateType":"Full","localAuthorizationList":[{"idTag":"NO-INFO"}]}""", "localAuthorizationList[0]")]
    [InlineData("""{"updateType":"Full","localAuthorizationList":[null]}""", "localAuthorizationList[0]")]
    [InlineData("""{"updateType":"Differential","localAuthorizationList":[{"idTag":"TWICE"},{"idTag":"twice"}]}""", "localAuthorizationList")]
    [InlineData("""{"updateType":"Differential","localAuthorizationList":[{"idTag":"A B"}]}""", "localAuthorizationList[0].idTag")]
    [InlineData("""{"updateType":"Full","localAuthorizationList":[{"idTag":"X","idTagInfo":{}}]}""", "localAuthorizationList[0].idTagInfo.status")]
    public async Task An_invalid_update_is_refused_naming_the_field(string body, string field)
    {
        var client = await _fixture.OperatorAsync();

        var problem = await ProblemAsync(await client.PostAsync($"/api/v1/stations/{StationApi.UniqueId("CP-BAD")}/commands/send-local-list", Json(body)),
            HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
    }

    [Fact]
    public async Task An_offline_station_gets_nothing_and_keeps_its_list()
    {
        var client = await _fixture.OperatorAsync();
        var stationId = StationApi.UniqueId("CP-GONE");

        var sent = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/stations/{stationId}/commands/send-local-list", new { updateType = "Full" }), HttpStatusCode.Conflict);
        await ProblemAsync(await client.PostAsync($"/api/v1/stations/{stationId}/commands/get-local-list-version", null), HttpStatusCode.Conflict);

        Assert.Equal(1, sent.GetProperty("listVersion").GetInt32());
        var list = await LocalListAsync(client, stationId);
        Assert.Equal(0, list.GetProperty("listVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, list.GetProperty("reportedVersion").ValueKind);
    }

    private Task<TestStation> ConnectAsync(HttpClient client, string prefix, string subProtocol = "ocpp1.6") =>
        TestStation.RegisterAndConnectAsync(_fixture.Host, client, StationApi.UniqueId(prefix), subProtocol);

    private static async Task<JsonElement> LocalListAsync(HttpClient client, string stationId) =>
        await JsonAsync(await client.GetAsync($"/api/v1/stations/{stationId}/local-list"), HttpStatusCode.OK);

    /// <summary>Each entry as "idTag status parent".</summary>
    private static List<string> Entries(JsonElement list) =>
        list.GetProperty("entries").EnumerateArray()
            .Select(e => $"{e.Text("idTag")} {e.GetProperty("idTagInfo").Text("status")} {e.GetProperty("idTagInfo").Text("parentIdTag")}").ToList();
}
