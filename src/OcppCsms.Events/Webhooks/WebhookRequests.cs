using FluentValidation;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Webhooks;

/// <param name="Url">Absolute http or https URL the events are POSTed to.</param>
/// <param name="EventTypes">Only these types; absent or empty: every type.</param>
/// <param name="StationIds">Only events of these stations; absent or empty: every event, with or without a station.</param>
/// <param name="Secret">The HMAC key for <c>X-Csms-Signature</c>, 16 to 256 characters; absent: one is generated.</param>
internal sealed record CreateWebhookRequest(string Url, string[]? EventTypes, string[]? StationIds, string? Secret);

internal sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, IReadOnlyList<string> StationIds, DateTime CreatedAt, string CreatedBy)
{
    public static WebhookResponse From(Webhook webhook) =>
        new(webhook.Id, webhook.Url, webhook.EventTypes, webhook.StationIds, webhook.CreatedAt, webhook.CreatedBy);
}

/// <summary>Returned once, at creation: <see cref="Secret"/> is the only time it is shown.</summary>
internal sealed record CreatedWebhookResponse(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, IReadOnlyList<string> StationIds, DateTime CreatedAt, string CreatedBy, string Secret)
{
    public static CreatedWebhookResponse From(Webhook webhook) =>
        new(webhook.Id, webhook.Url, webhook.EventTypes, webhook.StationIds, webhook.CreatedAt, webhook.CreatedBy, webhook.Secret);
}

/// <summary>One attempt of one delivery; the attempts of a delivery share <see cref="DeliveryId"/>.</summary>
internal sealed record WebhookDeliveryResponse(
    Guid Id, Guid DeliveryId, Guid EventId, string EventType, string? StationId, int Attempt, DateTime AttemptedAt, int DurationMs,
    int? StatusCode, string? Error, bool Succeeded)
{
    public static WebhookDeliveryResponse From(WebhookDeliveryAttempt a) =>
        new(a.Id, a.DeliveryId, a.EventId, a.EventType, a.StationId, a.Attempt, a.AttemptedAt, a.DurationMs, a.StatusCode, a.Error, a.Succeeded);
}

internal sealed class CreateWebhookRequestValidator : AbstractValidator<CreateWebhookRequest>
{
    public CreateWebhookRequestValidator()
    {
        RuleFor(r => r.Url).NotEmpty().MaximumLength(Webhook.UrlMaxLength)
            .Must(BeHttpUrl).WithMessage("'url' must be an absolute http or https URL.");
        RuleForEach(r => r.EventTypes).Must(type => type is not null && CsmsEventTypes.All.Contains(type)).WithMessage(EventFilterRules.UnknownTypeMessage);
        RuleFor(r => r.StationIds).Must(ids => ids!.Length <= EventFilterRules.MaxStationIds)
            .WithMessage($"At most {EventFilterRules.MaxStationIds} station ids.").When(r => r.StationIds is not null);
        RuleForEach(r => r.StationIds).NotEmpty().MaximumLength(EventFilterRules.MaxStationIdLength);
        RuleFor(r => r.Secret).Length(Webhook.SecretMinLength, Webhook.SecretMaxLength)
            .Must(secret => !string.IsNullOrWhiteSpace(secret)).WithMessage("'secret' must not be blank.")
            .When(r => r.Secret is not null);
    }

    private static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
