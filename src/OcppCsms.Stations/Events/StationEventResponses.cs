using FluentValidation;

namespace OcppCsms.Stations.Events;

/// <summary>The component an event is about: its name and instance, and where it sits (EVSE, connector).</summary>
internal sealed record EventComponentResponse(string Name, string? Instance, int? EvseId, int? ConnectorId);

/// <summary>The variable an event is about.</summary>
internal sealed record EventVariableResponse(string Name, string? Instance);

/// <summary>A stored event as the station notified it, with the part of the report it came in and when it was received (UTC).</summary>
internal sealed record StationEventResponse(
    Guid Id, int EventId, DateTime Timestamp, string Trigger, int? Cause, string ActualValue, string? TechCode, string? TechInfo, bool? Cleared,
    string? TransactionId, int? VariableMonitoringId, string EventNotificationType, EventComponentResponse Component, EventVariableResponse Variable,
    DateTime GeneratedAt, int SeqNo, bool Tbc, DateTime ReceivedAt)
{
    public static StationEventResponse From(StationEvent e) => new(
        e.Id, e.EventId, e.Timestamp, e.Trigger, e.Cause, e.ActualValue, e.TechCode, e.TechInfo, e.Cleared, e.TransactionId, e.VariableMonitoringId,
        e.EventNotificationType, new EventComponentResponse(e.ComponentName, e.ComponentInstance, e.EvseId, e.ConnectorId),
        new EventVariableResponse(e.VariableName, e.VariableInstance), e.GeneratedAt, e.SeqNo, e.Tbc, e.ReceivedAt);
}

/// <summary>Filters of <c>GET …/events</c>; each narrows the list.</summary>
internal sealed class StationEventFilter
{
    /// <summary>One component name, exactly as stored.</summary>
    public string? Component { get; set; }

    /// <summary>One variable name, exactly as stored.</summary>
    public string? Variable { get; set; }
}

internal sealed class StationEventFilterValidator : AbstractValidator<StationEventFilter>
{
    public StationEventFilterValidator()
    {
        RuleFor(f => f.Component).MaximumLength(StationEvent.NameMaxLength);
        RuleFor(f => f.Variable).MaximumLength(StationEvent.NameMaxLength);
    }
}
