using FluentValidation;

namespace OcppCsms.Stations.SecurityEvents;

/// <summary>A stored security event: its type, when it happened (station clock) and was received (UTC), its techInfo, whether critical.</summary>
internal sealed record SecurityEventResponse(Guid Id, string Type, DateTime Timestamp, string? TechInfo, bool Critical, DateTime ReceivedAt)
{
    public static SecurityEventResponse From(SecurityEvent e) => new(e.Id, e.Type, e.Timestamp, e.TechInfo, e.Critical, e.ReceivedAt);
}

/// <summary>Filters of <c>GET …/security-events</c>; each narrows the list.</summary>
internal sealed class SecurityEventFilter
{
    /// <summary>One event type, exactly as stored.</summary>
    public string? Type { get; set; }

    /// <summary>Only the critical (true) or the other (false) events.</summary>
    public bool? Critical { get; set; }
}

internal sealed class SecurityEventFilterValidator : AbstractValidator<SecurityEventFilter>
{
    public SecurityEventFilterValidator() => RuleFor(f => f.Type).MaximumLength(SecurityEvent.TypeMaxLength);
}
