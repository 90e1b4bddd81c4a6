using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>
/// The in-process bus on its own: what a subscriber receives, and that a subscriber which stops reading is dropped
/// (its stream completes, a warning names it) while the publisher and the other subscribers carry on.
/// </summary>
public sealed class EventBusTests
{
    private readonly CapturingLogger _logger = new();
    private readonly InProcessEventBus _bus;

    public EventBusTests() => _bus = new InProcessEventBus(TimeProvider.System, _logger);

    [Fact]
    public void A_subscriber_receives_the_events_its_filter_matches_in_publication_order()
    {
        using var subscription = _bus.Subscribe("test", new EventFilter(["CP-1"], [CsmsEventTypes.StationConnected, CsmsEventTypes.StationDisconnected]), 10);

        _bus.Publish(CsmsEventTypes.StationConnected, "CP-2");
        var connected = _bus.Publish(CsmsEventTypes.StationConnected, "CP-1", new Dictionary<string, object?> { ["subProtocol"] = "ocpp1.6" });
        _bus.Publish(CsmsEventTypes.HeartbeatMissed, "CP-1");
        _bus.Publish(CsmsEventTypes.StationDisconnected, null);
        var disconnected = _bus.Publish(CsmsEventTypes.StationDisconnected, "CP-1");

        Assert.Equal([connected, disconnected], Drain(subscription));
        Assert.Equal(7, connected.Id.Version);
        Assert.Equal(DateTimeKind.Utc, connected.OccurredAt.Kind);
    }

    [Fact]
    public void A_subscriber_without_filters_receives_every_event_including_those_about_no_station()
    {
        using var subscription = _bus.Subscribe("test", EventFilter.All, 10);

        var first = _bus.Publish(CsmsEventTypes.CommandSent, null);
        var second = _bus.Publish(CsmsEventTypes.StatusChanged, "CP-9");

        Assert.Equal([first, second], Drain(subscription));
        Assert.Empty(first.Data);
    }

    [Fact]
    public void A_subscriber_whose_interest_changes_gets_only_what_it_wants_now_and_is_not_dropped_for_the_rest()
    {
        var wanted = false;
        using var subscription = _bus.Subscribe("changing", new EventFilter(_ => wanted), 2);

        for (var i = 0; i < 10; i++)
        {
            _bus.Publish(CsmsEventTypes.BootNotificationReceived, $"CP-{i}");
        }

        wanted = true;
        var kept = _bus.Publish(CsmsEventTypes.StatusChanged, "CP-1");

        Assert.Equal([kept], Drain(subscription));
        Assert.False(subscription.Overflowed);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task A_subscriber_that_falls_a_full_buffer_behind_is_dropped_and_named_and_the_others_carry_on()
    {
        using var slow = _bus.Subscribe("slow reader", EventFilter.All, 3);
        using var fast = _bus.Subscribe("fast reader", EventFilter.All, 100);

        var published = Enumerable.Range(0, 10).Select(i => _bus.Publish(CsmsEventTypes.MeterValuesReceived, $"CP-{i}")).ToList();

        // The slow one keeps what fitted, then its stream ends.
        Assert.Equal(published.Take(3), await ReadToEndAsync(slow));
        Assert.True(slow.Overflowed);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("slow reader", warning.Message, StringComparison.Ordinal);

        // The fast one got everything, and still gets what comes after.
        var later = _bus.Publish(CsmsEventTypes.MeterValuesReceived, "CP-LATER");
        Assert.Equal([.. published, later], Drain(fast));
        Assert.False(fast.Overflowed);
    }

    [Fact]
    public async Task Disposing_a_subscription_completes_its_stream_and_stops_delivery()
    {
        var subscription = _bus.Subscribe("leaving", EventFilter.All, 10);
        var before = _bus.Publish(CsmsEventTypes.StationConnected, "CP-1");

        subscription.Dispose();
        _bus.Publish(CsmsEventTypes.StationDisconnected, "CP-1");

        Assert.Equal([before], await ReadToEndAsync(subscription));
        Assert.False(subscription.Overflowed);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void Publishing_with_no_subscribers_or_after_every_subscriber_left_is_harmless()
    {
        _bus.Publish(CsmsEventTypes.StationConnected, "CP-1");
        _bus.Subscribe("gone", EventFilter.All, 1).Dispose();

        var published = _bus.Publish(CsmsEventTypes.StationConnected, "CP-1");

        Assert.Equal("CP-1", published.StationId);
        Assert.Empty(_logger.Entries);
    }

    private static List<CsmsEvent> Drain(EventSubscription subscription)
    {
        var events = new List<CsmsEvent>();
        while (subscription.Events.TryRead(out var csmsEvent))
        {
            events.Add(csmsEvent);
        }

        return events;
    }

    private static async Task<List<CsmsEvent>> ReadToEndAsync(EventSubscription subscription)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var events = new List<CsmsEvent>();
        await foreach (var csmsEvent in subscription.Events.ReadAllAsync(timeout.Token))
        {
            events.Add(csmsEvent);
        }

        return events;
    }

    private sealed class CapturingLogger : ILogger<InProcessEventBus>
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
