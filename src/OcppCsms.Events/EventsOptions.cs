using System.Globalization;

namespace OcppCsms.Events;

/// <summary>The <c>Events</c> section: live event streams and webhook delivery.</summary>
internal sealed class EventsOptions
{
    public const string SectionName = "Events";

    public const string DefaultWebhookRetrySeconds = "1,5,30,120,600";
    public const int MaxWebhookRetries = 20;
    public const int MaxWebhookRetryDelaySeconds = 86_400;

    /// <summary>Events a stream or the webhook dispatcher may leave unread before the bus drops it.</summary>
    public int SubscriberBufferSize { get; set; } = 1000;

    /// <summary>
    /// How often a Server-Sent Events stream gets a comment line, so proxies that close quiet connections
    /// (commonly after 30-60 s) keep it open and clients notice a dead connection.
    /// </summary>
    public int SseHeartbeatSeconds { get; set; } = 15;

    /// <summary>
    /// The delays before each retry of a failed webhook delivery, in seconds, comma-separated: a delivery is tried at most
    /// once more than the list is long. One string rather than an array because configuration merges arrays element by
    /// element: <c>Events__WebhookRetrySeconds__0=1</c> would replace the first delay of appsettings.json and keep the rest.
    /// Empty means <see cref="DefaultWebhookRetrySeconds"/>.
    /// </summary>
    public string? WebhookRetrySeconds { get; set; }

    /// <summary>How long one webhook attempt may take, connection and response headers included.</summary>
    public int WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Deliveries one webhook may have under way (sending or waiting to retry). A receiver that is down would otherwise
    /// make the CSMS hold every event for the whole retry schedule; beyond the limit new events are not sent to it.
    /// </summary>
    public int WebhookMaxPendingDeliveries { get; set; } = 1000;

    /// <summary>The parsed <see cref="WebhookRetrySeconds"/>; valid once the options have passed validation.</summary>
    public IReadOnlyList<int> RetrySchedule => TryParseRetrySeconds(WebhookRetrySeconds, out var delays) ? delays : [];

    public static bool TryParseRetrySeconds(string? configured, out int[] delays)
    {
        var items = (string.IsNullOrWhiteSpace(configured) ? DefaultWebhookRetrySeconds : configured).Split(',', StringSplitOptions.TrimEntries);
        delays = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (!int.TryParse(items[i], NumberStyles.None, CultureInfo.InvariantCulture, out delays[i]) || delays[i] is < 1 or > MaxWebhookRetryDelaySeconds)
            {
                return false;
            }
        }

        return items.Length <= MaxWebhookRetries;
    }
}
