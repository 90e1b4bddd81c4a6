using System.Net.WebSockets;
using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>One station's open WebSocket. Sends are serialised: a WebSocket allows one send at a time.</summary>
internal sealed class StationSession(string stationId, OcppVersion version, WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string StationId { get; } = stationId;

    public OcppVersion Version { get; } = version;

    public WebSocket Socket { get; } = socket;

    /// <summary>Completes when the endpoint has finished with the socket.</summary>
    public Task Ended => _ended.Task;

    public async Task SendAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await Socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake; the receive loop sees the station's answering Close frame and ends.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await Socket.CloseOutputAsync(status, description, cancellationToken);
            }
        }
        catch (WebSocketException)
        {
            // The station vanished mid-close; the receive loop ends on its own.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void MarkEnded() => _ended.TrySetResult();
}
