using System.Net.WebSockets;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>Credentials and clients for the event endpoints of a running host.</summary>
internal static class EventsApi
{
    public static async Task<string> AccessTokenAsync(CsmsProcess host) =>
        (await OperatorSession.LoginAsync(host)).GetProperty("accessToken").GetString()!;

    /// <summary>The raw key of a new API key with the role, as a client would paste it into a first WebSocket message.</summary>
    public static async Task<string> ApiKeyAsync(CsmsProcess host, string role)
    {
        using var client = await OperatorSession.ApiKeyClientAsync(host, role);
        return client.DefaultRequestHeaders.GetValues("X-API-Key").Single();
    }

    public static Uri WebSocketUri(CsmsProcess host, string query = "") => new($"ws://{host.BaseAddress.Authority}/api/v1/events/ws{query}");

    public static async Task<ClientWebSocket> ConnectWebSocketAsync(CsmsProcess host, string query = "", Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        configure?.Invoke(socket.Options);
        await socket.ConnectAsync(WebSocketUri(host, query), StationClient.Timeout());
        return socket;
    }

    public static async Task<JsonElement> ReceiveJsonAsync(this ClientWebSocket socket) =>
        JsonDocument.Parse(await socket.ReceiveTextAsync()).RootElement;

    /// <summary>Receives until the server's Close frame, answers it, and returns the close status.</summary>
    public static async Task<WebSocketCloseStatus?> ReceiveCloseAsync(this ClientWebSocket socket)
    {
        var buffer = new byte[4096];
        // Longer than the server's 10 s wait for an auth message.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var frames = 0; frames < 100; frames++)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", StationClient.Timeout());
                return socket.CloseStatus;
            }
        }

        throw new InvalidOperationException("No Close frame among the first 100 frames.");
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
