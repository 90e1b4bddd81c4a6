using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>What one receive produced: a whole text message, or the reason the connection must end.</summary>
internal enum ReceiveOutcome
{
    Text,
    Closed,
    Binary,
    TooBig,
}

/// <summary>
/// Assembles whole WebSocket messages from frames. An idle connection holds no buffer: it waits for the next frame with
/// a zero-byte receive, which the WebSocket passes down to the connection as a zero-byte read, and only then rents a
/// small pooled buffer, grown (doubling) while a large message arrives, up to the configured maximum, and given back at
/// the next receive. Memory per connection stays bounded whatever a station sends, and tens of thousands of idle
/// stations cost no receive buffers. Every frame received marks the session as seen.
/// </summary>
internal sealed class MessageReceiver(StationSession session, int maxMessageBytes) : IDisposable
{
    private const int InitialBufferBytes = 4096;
    private byte[]? _buffer;

    /// <summary>The last text message; valid until the next receive.</summary>
    public ReadOnlyMemory<byte> Message { get; private set; }

    /// <summary>Called once per message on every connection: its state machine comes from a pool instead of the heap.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<ReceiveOutcome> ReceiveAsync(CancellationToken cancellationToken)
    {
        ReturnBuffer();
        Message = default;
        // Reads the next frame's header only (pings and pongs are answered inside), so the message type is known here.
        var next = await session.Socket.ReceiveAsync(Memory<byte>.Empty, cancellationToken);
        session.MarkSeen();
        if (EndingOf(next) is { } ending)
        {
            return ending;
        }

        if (next.EndOfMessage)
        {
            // An empty text message: the frame reader answers it as any other message that is not an RPC.
            return ReceiveOutcome.Text;
        }

        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length && !TryGrow())
            {
                return ReceiveOutcome.TooBig;
            }

            var result = await session.Socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
            session.MarkSeen();
            if (EndingOf(result) is { } ended)
            {
                return ended;
            }

            length += result.Count;
            if (length > maxMessageBytes)
            {
                return ReceiveOutcome.TooBig;
            }

            if (result.EndOfMessage)
            {
                Message = _buffer.AsMemory(0, length);
                return ReceiveOutcome.Text;
            }
        }
    }

    public void Dispose() => ReturnBuffer();

    /// <summary>A Close frame, or a binary one (not OCPP-J), ends the session whatever it carries.</summary>
    private static ReceiveOutcome? EndingOf(ValueWebSocketReceiveResult result) => result.MessageType switch
    {
        WebSocketMessageType.Close => ReceiveOutcome.Closed,
        WebSocketMessageType.Binary => ReceiveOutcome.Binary,
        _ => null,
    };

    private bool TryGrow()
    {
        if (_buffer!.Length > maxMessageBytes)
        {
            return false;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxMessageBytes + 1));
        _buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
        return true;
    }

    private void ReturnBuffer()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
