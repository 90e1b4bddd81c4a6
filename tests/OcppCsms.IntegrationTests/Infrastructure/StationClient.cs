using System.Net.WebSockets;
using System.Text;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>A charging station as the CSMS sees one: a WebSocket to /ocpp/{id} offering OCPP subprotocols.</summary>
internal static class StationClient
{
    public static ClientWebSocket Create(params string[] subProtocols)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        foreach (var subProtocol in subProtocols)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        return socket;
    }

    public static async Task<ClientWebSocket> ConnectAsync(CsmsProcess host, string stationId, params string[] subProtocols)
    {
        var socket = Create(subProtocols);
        await socket.ConnectAsync(Uri(host, stationId), Timeout());
        return socket;
    }

    public static Uri Uri(CsmsProcess host, string stationId) =>
        new($"ws://{host.BaseAddress.Authority}/ocpp/{System.Uri.EscapeDataString(stationId)}");

    public static async Task SendTextAsync(this ClientWebSocket socket, string text) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, Timeout());

    public static async Task<string> ReceiveTextAsync(this ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, Timeout());
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        Assert.True(result.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    public static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;
}
