using System.Collections.Frozen;

namespace OcppCsms.SharedKernel.Events;

/// <summary>Which events a subscriber wants: an empty or absent list means "any".</summary>
public sealed class EventFilter
{
    private readonly Func<CsmsEvent, bool>? _wanted;

    public EventFilter(IEnumerable<string>? stationIds, IEnumerable<string>? types)
    {
        StationIds = stationIds?.ToFrozenSet(StringComparer.Ordinal) is { Count: > 0 } stations ? stations : null;
        Types = types?.ToFrozenSet(StringComparer.Ordinal) is { Count: > 0 } chosen ? chosen : null;
    }

    /// <summary>
    /// For a subscriber whose interest changes while it runs (the webhook dispatcher: whatever the current webhooks
    /// want). An event it does not want is never queued for it, so it cannot fall behind on events it would discard.
    /// <paramref name="wanted"/> runs on the publisher's thread, for every event: it must be cheap.
    /// </summary>
    public EventFilter(Func<CsmsEvent, bool> wanted)
        : this(null, null) => _wanted = wanted;

    public static EventFilter All { get; } = new(null, null);

    /// <summary>Null: every station, and events about no station too.</summary>
    public IReadOnlySet<string>? StationIds { get; }

    /// <summary>Null: every type.</summary>
    public IReadOnlySet<string>? Types { get; }

    public bool Matches(CsmsEvent csmsEvent) =>
        (Types is null || Types.Contains(csmsEvent.Type))
        && (StationIds is null || (csmsEvent.StationId is { } station && StationIds.Contains(station)))
        && (_wanted is null || _wanted(csmsEvent));
}
