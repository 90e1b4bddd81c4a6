using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Webhooks;

/// <summary>What the dispatcher needs of a webhook, kept in memory so matching an event costs no database query.</summary>
internal sealed record WebhookTarget(Guid Id, Uri Url, string Secret, EventFilter Filter)
{
    public static WebhookTarget From(Webhook webhook) =>
        new(webhook.Id, new Uri(webhook.Url, UriKind.Absolute), webhook.Secret, new EventFilter(webhook.StationIds, webhook.EventTypes));
}
