using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace OcppCsms.SharedKernel.Events;

/// <summary>
/// The events of this node, fanned out to bounded per-subscriber buffers. Publishing reads an immutable snapshot of the
/// subscribers (no lock) and only ever calls TryWrite, so it costs the OCPP path a few filter checks per subscriber and
/// cannot be slowed by a slow reader: a subscriber whose buffer is full is removed, its stream completed, and a warning
/// names it. With several nodes each bus carries its own stations' events; a backplane can feed it later.
/// </summary>
internal sealed partial class InProcessEventBus(TimeProvider clock, ILogger<InProcessEventBus> logger) : IEventPublisher, IEventSubscriptions
{
    private static readonly IReadOnlyDictionary<string, object?> NoData = ImmutableDictionary<string, object?>.Empty;
    private ImmutableArray<EventSubscription> _subscribers = [];

    public CsmsEvent Publish(string type, string? stationId, IReadOnlyDictionary<string, object?>? data = null)
    {
        var now = clock.GetUtcNow();
        var csmsEvent = new CsmsEvent(Guid.CreateVersion7(now), type, now.UtcDateTime, stationId, data ?? NoData);
        Publish(csmsEvent);
        return csmsEvent;
    }

    public void Publish(CsmsEvent csmsEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                if (subscriber.Filter.Matches(csmsEvent) && !subscriber.TryWrite(csmsEvent))
                {
                    Drop(subscriber);
                }
            }
            catch (Exception e)
            {
                // Publishers are OCPP handlers: a listener's fault must never fail a station's message.
                LogPublishFailed(logger, e, csmsEvent.Type, subscriber.Name);
            }
        }
    }

    public EventSubscription Subscribe(string name, EventFilter filter, int bufferSize)
    {
        var subscription = new EventSubscription(name, filter, bufferSize, Unsubscribe);
        ImmutableInterlocked.Update(ref _subscribers, (list, added) => list.Add(added), subscription);
        return subscription;
    }

    private void Unsubscribe(EventSubscription subscription)
    {
        ImmutableInterlocked.Update(ref _subscribers, (list, removed) => list.Remove(removed), subscription);
        subscription.Complete(overflowed: false);
    }

    private void Drop(EventSubscription subscription)
    {
        // Several publishers may find the same buffer full at once; only the one that removes it reports it.
        if (ImmutableInterlocked.Update(ref _subscribers, (list, removed) => list.Remove(removed), subscription))
        {
            subscription.Complete(overflowed: true);
            LogDropped(logger, subscription.Name, subscription.BufferSize);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event subscriber {Subscriber} fell {BufferSize} events behind and was dropped")]
    private static partial void LogDropped(ILogger logger, string subscriber, int bufferSize);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not hand a {EventType} event to subscriber {Subscriber}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string eventType, string subscriber);
}
