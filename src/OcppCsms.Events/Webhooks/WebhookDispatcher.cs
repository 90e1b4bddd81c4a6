using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Webhooks;

/// <summary>
/// Sends every event to the webhooks whose filters match it. Each (event, webhook) pair is one delivery with its own id,
/// tried until the receiver answers 2xx or <c>Events:WebhookRetrySeconds</c> runs out, each attempt in the delivery log.
/// Deliveries run independently, so one slow receiver delays nobody else, and order between deliveries is not kept
/// (receivers order by the event's <c>occurredAt</c>). Retries live in memory: at-least-once while
/// the node runs, and a retry still waiting when it stops is not resumed.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IEventSubscriptions bus,
    WebhookStore webhooks,
    WebhookSender sender,
    DeliveryLog log,
    IOptions<EventsOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Task> _deliveries = new();
    private readonly ConcurrentDictionary<Guid, int> _pendingPerWebhook = new();
    private readonly ConcurrentDictionary<Guid, bool> _saturated = new();
    private EventSubscription? _subscription;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed here, not in ExecuteAsync (which runs on the thread pool): no event published once the host has
        // started can slip past.
        _subscription = Subscribe();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // The deliveries observe the stopping token: an attempt in flight ends (and is logged as cancelled) at once.
            await Task.WhenAll(_deliveries.Values).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout is up; it must still exit, not fail.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only an overflow ends the subscription (the bus has logged it); the events it dropped are not delivered.
        await EventSubscriptionLoop.RunAsync(_subscription!, Subscribe, DispatchAsync, () => LogResubscribed(logger), stoppingToken);
    }

    /// <summary>
    /// Only the events some webhook wants are queued (none while there are no webhooks): an event no webhook wants would
    /// be read only to be discarded, and under load (a reconnect storm starving the thread pool) those alone filled the
    /// buffer and got the dispatcher dropped. A webhook created later receives the events published after its creation.
    /// </summary>
    private EventSubscription Subscribe() => bus.Subscribe("webhook dispatcher", new EventFilter(webhooks.AnyMatching), options.Value.SubscriberBufferSize);

    private Task DispatchAsync(CsmsEvent csmsEvent, CancellationToken stoppingToken)
    {
        Dispatch(csmsEvent, stoppingToken);
        return Task.CompletedTask;
    }

    private void Dispatch(CsmsEvent csmsEvent, CancellationToken stoppingToken)
    {
        byte[]? body = null;
        foreach (var webhook in webhooks.Matching(csmsEvent))
        {
            if (!TryReserve(webhook.Id))
            {
                continue;
            }

            var payload = body ??= EventJson.Serialize(csmsEvent);
            var deliveryId = Guid.CreateVersion7(clock.GetUtcNow());
            var delivery = Task.Run(() => DeliverAsync(webhook, deliveryId, csmsEvent, payload, stoppingToken), CancellationToken.None);
            _deliveries[deliveryId] = delivery;
            delivery.ContinueWith((_, state) => Finish(((Guid DeliveryId, Guid WebhookId))state!), (deliveryId, webhook.Id),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task DeliverAsync(WebhookTarget webhook, Guid deliveryId, CsmsEvent csmsEvent, byte[] body, CancellationToken stoppingToken)
    {
        var schedule = options.Value.RetrySchedule;
        for (var attempt = 1; ; attempt++)
        {
            var attemptedAt = clock.GetUtcNow();
            var result = await sender.SendAsync(webhook, deliveryId, csmsEvent.Type, body, stoppingToken);
            log.TryRecord(new WebhookDeliveryAttempt
            {
                Id = Guid.CreateVersion7(attemptedAt),
                WebhookId = webhook.Id,
                DeliveryId = deliveryId,
                EventId = csmsEvent.Id,
                EventType = Clip(csmsEvent.Type, WebhookDeliveryAttempt.EventTypeMaxLength)!,
                StationId = Clip(csmsEvent.StationId, EventFilterRules.MaxStationIdLength),
                Attempt = attempt,
                AttemptedAt = attemptedAt.UtcDateTime,
                DurationMs = (int)Math.Min(result.Duration.TotalMilliseconds, int.MaxValue),
                StatusCode = result.StatusCode,
                Error = Clip(result.Error, WebhookDeliveryAttempt.ErrorMaxLength),
                Succeeded = result.Succeeded,
            });

            if (result.Succeeded || stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (attempt > schedule.Count)
            {
                LogGaveUp(logger, webhook.Id, deliveryId, csmsEvent.Type, attempt, result.Error);
                return;
            }

            var delay = schedule[attempt - 1];
            LogRetrying(logger, webhook.Id, deliveryId, attempt, result.Error, delay);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(delay), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!webhooks.Exists(webhook.Id))
            {
                return;
            }
        }
    }

    private bool TryReserve(Guid webhookId)
    {
        var limit = options.Value.WebhookMaxPendingDeliveries;
        if (_pendingPerWebhook.AddOrUpdate(webhookId, 1, (_, pending) => pending + 1) <= limit)
        {
            if (_saturated.TryRemove(webhookId, out _))
            {
                LogResumed(logger, webhookId);
            }

            return true;
        }

        Release(webhookId);
        if (_saturated.TryAdd(webhookId, true))
        {
            LogSaturated(logger, webhookId, limit);
        }

        return false;
    }

    private void Finish((Guid DeliveryId, Guid WebhookId) delivery)
    {
        _deliveries.TryRemove(delivery.DeliveryId, out _);
        Release(delivery.WebhookId);
    }

    private void Release(Guid webhookId)
    {
        if (_pendingPerWebhook.AddOrUpdate(webhookId, 0, (_, pending) => pending - 1) == 0)
        {
            // Removed only if still idle, so a deleted webhook leaves nothing behind.
            _pendingPerWebhook.TryRemove(new KeyValuePair<Guid, int>(webhookId, 0));
        }
    }

    private static string? Clip(string? value, int length) => value is { } text && text.Length > length ? text[..length] : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {WebhookId} delivery {DeliveryId} attempt {Attempt} failed ({Error}); retrying in {DelaySeconds} s")]
    private static partial void LogRetrying(ILogger logger, Guid webhookId, Guid deliveryId, int attempt, string? error, int delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} delivery {DeliveryId} of a {EventType} event failed {Attempts} times and is abandoned; last error: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid webhookId, Guid deliveryId, string eventType, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} has {Limit} deliveries under way; new events are not sent to it until they finish")]
    private static partial void LogSaturated(ILogger logger, Guid webhookId, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {WebhookId} accepts new deliveries again")]
    private static partial void LogResumed(ILogger logger, Guid webhookId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The webhook dispatcher fell behind and was dropped by the event bus; subscribed again, the events in between are not delivered")]
    private static partial void LogResubscribed(ILogger logger);
}
