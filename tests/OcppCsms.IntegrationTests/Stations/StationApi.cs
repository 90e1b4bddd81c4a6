using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>The station registry API and station handshakes as the tests use them.</summary>
internal static class StationApi
{
    public const string Challenge = "Basic realm=\"OCPP\"";

    /// <summary>An identity no other test uses: the prefix, a dash and 10 hex digits.</summary>
    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 11)];

    /// <summary>A password of the kind stations get: 24 random hex digits unless told.</summary>
    public static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static string Basic(string userName, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));

    /// <summary><c>POST /api/v1/stations</c>, expecting 201; the station as answered.</summary>
    public static async Task<JsonElement> RegisterAsync(HttpClient client, string id, int profile, string? password = null, string? certificateCommonName = null) =>
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/stations", new { id, securityProfile = profile, password, certificateCommonName }),
            HttpStatusCode.Created);

    public static async Task<JsonElement> GetAsync(HttpClient client, string id) =>
        await JsonAsync(await client.GetAsync($"/api/v1/stations/{Uri.EscapeDataString(id)}"), HttpStatusCode.OK);

    /// <summary>The station once the host shows its session: the 101 reaches a station before the session is registered.</summary>
    public static async Task<JsonElement> GetConnectedAsync(HttpClient client, string id) =>
        await Poll.ForAsync(() => GetAsync(client, id), station => station.GetProperty("connected").GetBoolean(), $"{id} connected");

    /// <summary>The ids on one page of <c>GET /api/v1/stations?{query}</c>.</summary>
    public static async Task<List<string>> ListIdsAsync(HttpClient client, string query)
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/stations?pageSize=500&{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(item => item.Text("id")!).ToList();
    }

    /// <summary>A station's WebSocket: <paramref name="configure"/> adds headers or certificates before it connects.</summary>
    public static async Task<ClientWebSocket> ConnectAsync(Uri uri, string? authorization = null, Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = StationClient.Create("ocpp2.0.1");
        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        configure?.Invoke(socket.Options);
        await socket.ConnectAsync(uri, StationClient.Timeout());
        return socket;
    }

    /// <summary>Asserts that the station connects (101), then closes; its acceptance is now in the CSMS's cache.</summary>
    public static async Task AssertAcceptedAsync(Uri uri, string? authorization = null, Action<ClientWebSocketOptions>? configure = null)
    {
        using var socket = await ConnectAsync(uri, authorization, configure);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
    }

    /// <summary>Asserts that the upgrade is refused with <paramref name="status"/> (and, for 401, the Basic challenge).</summary>
    public static async Task AssertRefusedAsync(Uri uri, HttpStatusCode status, string? authorization = null, Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = StationClient.Create("ocpp2.0.1");
        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        configure?.Invoke(socket.Options);
        using (socket)
        {
            await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, StationClient.Timeout()));
            Assert.Equal(status, socket.HttpStatusCode);
            if (status == HttpStatusCode.Unauthorized)
            {
                Assert.Equal(Challenge, Assert.Single(socket.HttpResponseHeaders!["WWW-Authenticate"]));
            }
        }
    }

    /// <summary>
    /// The same upgrade request sent through <see cref="HttpClient"/>, which (unlike a WebSocket client) shows the body of
    /// a refusal: the problem details.
    /// </summary>
    public static async Task<JsonElement> RefusalProblemAsync(HttpClient http, string stationId, HttpStatusCode status, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/ocpp/{Uri.EscapeDataString(stationId)}");
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.ParseAdd("websocket");
        request.Headers.Add("Sec-WebSocket-Version", "13");
        request.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
        request.Headers.Add("Sec-WebSocket-Protocol", "ocpp2.0.1");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);
        var problem = await ProblemAsync(response, status);
        if (status == HttpStatusCode.Unauthorized)
        {
            Assert.Equal(Challenge, Assert.Single(response.Headers.WwwAuthenticate).ToString());
        }

        return problem;
    }
}
