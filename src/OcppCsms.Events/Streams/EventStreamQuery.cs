using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Streams;

/// <summary>
/// The filters of both stream endpoints, from the query: <c>?stationId=CP-1&amp;stationId=CP-2</c> or
/// <c>?stationId=CP-1,CP-2</c>, and likewise <c>type</c>. None means every event.
/// </summary>
internal sealed class EventStreamQuery
{
    [FromQuery(Name = "stationId")]
    public string[]? StationId { get; set; }

    [FromQuery(Name = "type")]
    public string[]? Type { get; set; }

    public IReadOnlyList<string> StationIds => Split(StationId);

    public IReadOnlyList<string> Types => Split(Type);

    public EventFilter ToFilter() => new(StationIds, Types);

    // Null elements can only come from the WebSocket auth message's JSON; they filter nothing.
    private static string[] Split(string[]? values) =>
        values?.Where(v => v is not null).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray() ?? [];
}

internal sealed class EventStreamQueryValidator : AbstractValidator<EventStreamQuery>
{
    // Errors are keyed by the query parameter, whichever of its repetitions or comma-separated items was wrong.
    public EventStreamQueryValidator()
    {
        RuleFor(q => q.StationIds)
            .Must(ids => ids.Count <= EventFilterRules.MaxStationIds).WithMessage($"At most {EventFilterRules.MaxStationIds} station ids.")
            .Must(ids => ids.All(id => id.Length <= EventFilterRules.MaxStationIdLength))
            .WithMessage($"A station id is at most {EventFilterRules.MaxStationIdLength} characters.")
            .OverridePropertyName("stationId");
        RuleFor(q => q.Types).Must(types => types.All(CsmsEventTypes.All.Contains))
            .WithMessage(q => EventFilterRules.UnknownTypes(q.Types))
            .OverridePropertyName("type");
    }
}
