using System.Buffers;
using System.Net.WebSockets;

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
/// Assembles whole WebSocket messages from frames. It holds a small pooled buffer while a connection is idle and grows
/// it, doubling, only while a large message arrives, up to the configured maximum: memory per connection stays
/// bounded whatever a station sends, and tens of thousands of idle stations cost little. Every frame received marks the
/// session as seen.
/// </summary>
internal sealed class MessageReceiver(StationSession session, int maxMessageBytes) : IDisposable
{
    private const int InitialBufferBytes = 4096;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);

    /// <summary>The last text message; valid until the next receive.</summary>
    public ReadOnlyMemory<byte> Message { get; private set; }

    public async Task<ReceiveOutcome> ReceiveAsync(CancellationToken cancellationToken)
    {
        ShrinkAfterLargeMessage();
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length && !TryGrow())
            {
                return ReceiveOutcome.TooBig;
            }

            var result = await session.Socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
            session.MarkSeen();
            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    return ReceiveOutcome.Closed;
                case WebSocketMessageType.Binary:
                    return ReceiveOutcome.Binary;
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

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private bool TryGrow()
    {
        if (_buffer.Length > maxMessageBytes)
        {
            return false;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxMessageBytes + 1));
        _buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
        return true;
    }

    private void ShrinkAfterLargeMessage()
    {
        if (_buffer.Length > InitialBufferBytes)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
        }
    }
}
