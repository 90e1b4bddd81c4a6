using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>What stations report (boots, status) and what the API shows of it, as the station-state tests use them.</summary>
internal static class StationStateApi
{
    public const string Boot16 = """{"chargePointVendor":"Acme","chargePointModel":"AC-22"}""";

    public const string Boot201 = """{"reason":"PowerUp","chargingStation":{"vendorName":"Acme","model":"AC-22"}}""";

    /// <summary>Now, to the millisecond: every database keeps that much of a timestamp.</summary>
    public static DateTime Now() => DateTime.UnixEpoch.AddMilliseconds(Math.Floor((DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds));

    public static string BootOf(string subProtocol) => subProtocol == "ocpp1.6" ? Boot16 : Boot201;

    /// <summary>A 1.6 StatusNotification of <paramref name="connectorId"/> (0: the Charge Point).</summary>
    public static JsonObject Status16(int connectorId, string status, DateTime? timestamp = null, string errorCode = "NoError", string? info = null)
    {
        var payload = new JsonObject { ["connectorId"] = connectorId, ["errorCode"] = errorCode, ["status"] = status };
        if (timestamp is { } at)
        {
            payload["timestamp"] = at;
        }

        if (info is not null)
        {
            payload["info"] = info;
        }

        return payload;
    }

    /// <summary>A StatusNotification of the version: 1.6 knows connectors only, 2.0.1 a connector of an EVSE.</summary>
    public static object StatusOf(string subProtocol, int evseId, int connectorId, string status, DateTime timestamp) =>
        subProtocol == "ocpp1.6"
            ? Status16(connectorId, status, timestamp)
            : new { timestamp, connectorStatus = status, evseId, connectorId };

    /// <summary>The station's connectors from <c>GET /api/v1/stations/{id}</c>.</summary>
    public static async Task<List<JsonElement>> ConnectorsAsync(HttpClient client, string id) =>
        (await StationApi.GetAsync(client, id)).GetProperty("connectors").EnumerateArray().ToList();

    public static async Task<JsonElement> ConnectorAsync(HttpClient client, string id, int evseId, int connectorId) =>
        Assert.Single(await ConnectorsAsync(client, id), c => c.GetProperty("evseId").GetInt32() == evseId && c.GetProperty("connectorId").GetInt32() == connectorId);

    /// <summary>The items of <c>GET /api/v1/stations/{id}/status-history?{query}</c>.</summary>
    public static async Task<List<JsonElement>> HistoryAsync(HttpClient client, string id, string query = "")
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/stations/{Uri.EscapeDataString(id)}/status-history?pageSize=500&{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>The keys of <c>GET /api/v1/stations/{id}/configuration</c>, by name.</summary>
    public static async Task<Dictionary<string, JsonElement>> ConfigurationAsync(HttpClient client, string id)
    {
        var configuration = await JsonAsync(await client.GetAsync($"/api/v1/stations/{Uri.EscapeDataString(id)}/configuration"), HttpStatusCode.OK);
        Assert.Equal(id, configuration.Text("stationId"));
        return configuration.GetProperty("keys").EnumerateArray().ToDictionary(k => k.Text("key")!);
    }

    /// <summary>
    /// Sends <paramref name="action"/> through the raw passthrough while <paramref name="station"/> answers it with
    /// <paramref name="answer"/>; returns the command's REST answer (200 expected) and the CALL the station got.
    /// </summary>
    public static async Task<(JsonElement Answer, IncomingCall Call)> CommandAsync(
        HttpClient admin, TestStation station, string action, object payload, object answer)
    {
        var sent = admin.PostAsJsonAsync($"/api/v1/stations/{Uri.EscapeDataString(station.Id)}/ocpp/{action}", payload);
        var call = await station.AnswerNextAsync(action, answer);
        return (await JsonAsync(await sent, HttpStatusCode.OK), call);
    }

    /// <summary>Asserts a CALL is refused with SecurityError, the registration gate's answer.</summary>
    public static async Task AssertBarredAsync(TestStation station, string action, object payload)
    {
        var (code, description) = await station.CallErrorAsync(action, payload);
        Assert.Equal("SecurityError", code);
        Assert.Contains("not accepted", description, StringComparison.Ordinal);
    }
}
