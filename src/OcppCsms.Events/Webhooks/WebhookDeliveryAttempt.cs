namespace OcppCsms.Events.Webhooks;

/// <summary>
/// One attempt to deliver one event to one webhook: a line of the delivery log. The attempts of one delivery share its
/// <see cref="DeliveryId"/>, which receivers see as <c>X-Csms-Delivery</c> and can deduplicate on.
/// </summary>
internal sealed class WebhookDeliveryAttempt
{
    public const int EventTypeMaxLength = 64;
    public const int ErrorMaxLength = 500;

    public Guid Id { get; init; }

    public Guid WebhookId { get; init; }

    public Guid DeliveryId { get; init; }

    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    public string? StationId { get; init; }

    /// <summary>1 for the first try.</summary>
    public int Attempt { get; init; }

    public DateTime AttemptedAt { get; init; }

    public int DurationMs { get; init; }

    /// <summary>The receiver's HTTP status, when it answered.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why the attempt failed (timeout, connection refused, a non-2xx status); null on success.</summary>
    public string? Error { get; init; }

    public bool Succeeded { get; init; }
}
