namespace OcppCsms.SharedKernel.Events;

/// <summary>Where consumers (event streams, webhooks) receive the events published on this node.</summary>
public interface IEventSubscriptions
{
    /// <param name="name">Who is subscribing, for the log line that reports a dropped subscriber.</param>
    /// <param name="filter">Which events to receive.</param>
    /// <param name="bufferSize">How many events may wait unread before the subscription is dropped.</param>
    EventSubscription Subscribe(string name, EventFilter filter, int bufferSize);
}
