using FluentValidation;

namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>Filters of <c>GET /api/v1/ocpp/messages</c>, bound from the query string; each narrows the list.</summary>
internal sealed class MessageLogQuery
{
    public string? StationId { get; set; }

    /// <summary>A CALL's action, or a CALLERROR's error code.</summary>
    public string? Action { get; set; }

    /// <summary><c>in</c> (from stations) or <c>out</c> (to stations).</summary>
    public string? Direction { get; set; }

    /// <summary>One exchange: the CALL and its answer share the message id.</summary>
    public string? MessageId { get; set; }

    /// <summary>Logged at or after this time (RFC 3339).</summary>
    public DateTime? From { get; set; }

    /// <summary>Logged before this time (RFC 3339).</summary>
    public DateTime? To { get; set; }
}

internal sealed class MessageLogQueryValidator : AbstractValidator<MessageLogQuery>
{
    public MessageLogQueryValidator()
    {
        RuleFor(q => q.StationId).MaximumLength(LoggedMessage.StationIdMaxLength);
        RuleFor(q => q.Action).MaximumLength(LoggedMessage.ActionMaxLength);
        RuleFor(q => q.MessageId).MaximumLength(LoggedMessage.MessageIdMaxLength);
        RuleFor(q => q.Direction).Must(d => d is null or LoggedMessage.In or LoggedMessage.Out).WithMessage("Direction is 'in' or 'out'.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be later than 'from'.");
    }
}
