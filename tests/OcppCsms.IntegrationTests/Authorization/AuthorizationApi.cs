using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>The id tag, reservation and local list calls the authorization tests share.</summary>
internal static class AuthorizationApi
{
    /// <summary>A tag no other test uses, short enough for a 1.6 station (at most 20 characters).</summary>
    public static string UniqueTag(string prefix) => Stations.StationApi.UniqueId(prefix);

    /// <summary><c>POST /api/v1/id-tags</c>, expecting 201; the tag as answered.</summary>
    public static async Task<JsonElement> CreateTagAsync(
        HttpClient client, string idTag, string status = "Accepted", DateTime? expiryDate = null, string? parentIdTag = null, string? description = null) =>
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/id-tags", new { idTag, status, expiryDate, parentIdTag, description }), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, string idTag, string json) =>
        client.PatchAsync($"/api/v1/id-tags/{Uri.EscapeDataString(idTag)}", Json(json));

    /// <summary>The idTagInfo of the CSMS's answer to the station's Authorize.</summary>
    public static async Task<JsonElement> AuthorizeAsync(TestStation station, string idTag) =>
        (await station.CallAsync("Authorize", new { idTag })).GetProperty("idTagInfo");

    /// <summary>reserve-now answered by the station with <paramref name="status"/>; the reservation id.</summary>
    public static async Task<int> ReserveAsync(HttpClient client, TestStation station, object body, string status)
    {
        var reserving = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now", body);
        await station.AnswerNextAsync("ReserveNow", new { status });
        var answer = await JsonAsync(await reserving, HttpStatusCode.OK);
        Assert.Equal(status, answer.Text("status"));
        return answer.GetProperty("reservationId").GetInt32();
    }

    /// <summary>send-local-list answered by the station with <paramref name="status"/>; the command's answer.</summary>
    public static async Task<JsonElement> SendLocalListAsync(HttpClient client, TestStation station, object body, string status)
    {
        var sending = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/send-local-list", body);
        await station.AnswerNextAsync("SendLocalList", new { status });
        return await JsonAsync(await sending, HttpStatusCode.OK);
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>The CSMS's next CALL to the station, checked to be <paramref name="action"/> with <paramref name="payload"/>, and answered.</summary>
    public static async Task<IncomingCall> AnswerExpectedAsync(TestStation station, string action, string payload, object answer)
    {
        var call = await station.ReceiveCallAsync(action);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(payload).RootElement, call.Payload), $"sent {call.Payload.GetRawText()}");
        await station.AnswerAsync(call, answer);
        return call;
    }
}
