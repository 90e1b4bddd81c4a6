using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.SmartCharging;

/// <summary>The smart-charging REST calls the tests share, and the charging profiles they send.</summary>
internal static class SmartChargingApi
{
    /// <summary>A registered station, connected and shown as connected (the session is registered after the 101).</summary>
    public static async Task<TestStation> ConnectAsync(CsmsProcess host, HttpClient admin, string prefix, string subProtocol = "ocpp1.6")
    {
        var station = await TestStation.RegisterAndConnectAsync(host, admin, StationApi.UniqueId(prefix), subProtocol);
        await StationApi.GetConnectedAsync(admin, station.Id);
        return station;
    }

    public static Task<HttpResponseMessage> CommandAsync(HttpClient client, string stationId, string command, object body) =>
        client.PostAsJsonAsync($"/api/v1/stations/{Uri.EscapeDataString(stationId)}/commands/{command}", body);

    /// <summary>Sends the command, answers the CALL the station receives with <paramref name="answer"/>, and returns that CALL's payload and the 200 body.</summary>
    public static async Task<(JsonElement Sent, JsonElement Answer)> CommandAnsweredAsync(
        HttpClient client, TestStation station, string command, object body, string action, string answer)
    {
        var response = CommandAsync(client, station.Id, command, body);
        var call = await station.AnswerNextAsync(action, answer);
        return (call.Payload, await JsonAsync(await response, HttpStatusCode.OK));
    }

    public static async Task<List<JsonElement>> ProfilesAsync(HttpClient client, string stationId, string query = "") =>
        [.. (await JsonAsync(await client.GetAsync($"/api/v1/stations/{Uri.EscapeDataString(stationId)}/charging-profiles{query}"), HttpStatusCode.OK)).EnumerateArray()];

    /// <summary>The ids of the profiles shown, with their connector, in the order the API lists them.</summary>
    public static async Task<List<(int? ConnectorId, int Id)>> ProfileIdsAsync(HttpClient client, string stationId, string query = "") =>
        [.. (await ProfilesAsync(client, stationId, query)).Select(p => (
            p.GetProperty("connectorId").ValueKind == JsonValueKind.Null ? (int?)null : p.GetProperty("connectorId").GetInt32(),
            p.GetProperty("chargingProfile").GetProperty("id").GetInt32()))];

    /// <summary>A one-period Absolute profile, valid in both versions.</summary>
    public static object Profile(int id, string purpose, int stackLevel = 0, string? transactionId = null, decimal limit = 16) => new
    {
        id,
        stackLevel,
        purpose,
        kind = "Absolute",
        transactionId,
        schedule = new
        {
            startSchedule = "2026-01-01T00:00:00Z",
            chargingRateUnit = "A",
            periods = new[] { new { startPeriod = 0, limit } },
        },
    };

    public static void AssertSent(string expected, JsonElement sent) =>
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, sent), $"sent {sent.GetRawText()}");

    /// <summary>A 400 whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task AssertFieldRefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"expected an error for {field}: {problem}");
    }
}
