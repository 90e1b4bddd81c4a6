using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Events.Persistence;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Events.Webhooks;

/// <summary>
/// Writes delivery attempts to <c>events_webhook_deliveries</c> in batches, so a webhook subscribed to meter values does
/// not cost a write per event. Registered before the dispatcher, so it stops after it and writes the attempts the
/// dispatcher recorded while stopping.
/// </summary>
internal sealed class DeliveryLog(IDbContextFactory<EventsDbContext> contexts, WebhookStore webhooks, PersistenceMetrics metrics, ILogger<DeliveryLog> logger)
    : BatchWriter<EventsDbContext, WebhookDeliveryAttempt>(contexts, metrics, logger, maxPending: 10_000, maxBatch: 500)
{
    protected override string Name => "webhook delivery log";

    /// <summary>A webhook deleted meanwhile has had its log deleted; its last attempts should not reappear.</summary>
    protected override bool StillWanted(WebhookDeliveryAttempt attempt) => webhooks.Exists(attempt.WebhookId);
}
