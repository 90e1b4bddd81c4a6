using System.Threading.Channels;

namespace OcppCsms.SharedKernel.Events;

/// <summary>
/// One subscriber's buffer of events. <see cref="Events"/> completes when the subscription is disposed, or when the
/// buffer filled up and the bus dropped it (then <see cref="Overflowed"/> is true and the subscriber has missed events).
/// </summary>
public sealed class EventSubscription : IDisposable
{
    private readonly Channel<CsmsEvent> _buffer;
    private readonly Action<EventSubscription> _unsubscribe;
    private volatile bool _overflowed;

    internal EventSubscription(string name, EventFilter filter, int bufferSize, Action<EventSubscription> unsubscribe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        Name = name;
        Filter = filter;
        BufferSize = bufferSize;
        _unsubscribe = unsubscribe;
        // Wait mode makes TryWrite report a full buffer (DropOldest/DropWrite would hide the loss); the publisher never waits.
        _buffer = Channel.CreateBounded<CsmsEvent>(new BoundedChannelOptions(bufferSize)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public string Name { get; }

    public EventFilter Filter { get; }

    public int BufferSize { get; }

    public ChannelReader<CsmsEvent> Events => _buffer.Reader;

    public bool Overflowed => _overflowed;

    internal bool TryWrite(CsmsEvent csmsEvent) => _buffer.Writer.TryWrite(csmsEvent);

    internal void Complete(bool overflowed)
    {
        _overflowed |= overflowed;
        _buffer.Writer.TryComplete();
    }

    public void Dispose() => _unsubscribe(this);
}
