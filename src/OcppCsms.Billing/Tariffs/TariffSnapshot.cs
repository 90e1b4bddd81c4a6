using OcppCsms.Billing.Pricing;

namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// Every tariff, version and assignment as read at one moment, indexed for resolving a session's tariff without the
/// database: tariffs are few and rarely change, sessions are many.
/// </summary>
internal sealed class TariffSnapshot
{
    private readonly Dictionary<long, TariffVersion[]> _versions;
    private readonly ILookup<string, long> _byIdTag;
    private readonly ILookup<string, long> _byStation;
    private readonly long? _default;

    public TariffSnapshot(IEnumerable<Tariff> tariffs, IEnumerable<TariffVersion> versions, IEnumerable<TariffAssignment> assignments)
    {
        _versions = versions.GroupBy(v => v.TariffId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Version).ToArray());
        _default = tariffs.Where(t => t.IsDefault).Select(t => (long?)t.Id).FirstOrDefault();
        // Where a tag or station is assigned to several tariffs, the newest assignment is tried first.
        var newestFirst = assignments.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).ToList();
        _byIdTag = newestFirst.Where(a => a.NormalizedIdTag is not null).ToLookup(a => a.NormalizedIdTag!, a => a.TariffId, StringComparer.Ordinal);
        _byStation = newestFirst.Where(a => a.StationId is not null).ToLookup(a => a.StationId!, a => a.TariffId, StringComparer.Ordinal);
    }

    /// <summary>
    /// The tariff version a session is priced with: the first tariff by precedence — the session's id tag, its parent id
    /// tag (the tag's group), its station, the default — whose version valid at the session's start has the start inside
    /// its validity window. That version is the newest created at or before the start, else the first (a session that
    /// started before its tariff existed is priced as the tariff first was).
    /// </summary>
    /// <returns>Null when no tariff applies.</returns>
    /// <summary>No tariff exists at all: nothing can be priced, whatever the session.</summary>
    public bool IsEmpty => _versions.Count == 0;

    public TariffVersion? Resolve(BillableSession session) => Resolve(session.StationId, session.IdTag, session.ParentIdTag, session.StartedAt);

    /// <summary>The same, from the only facts resolution reads: a caller can know whether a tariff applies before it reads a session's energy.</summary>
    public TariffVersion? Resolve(string stationId, string? idTag, string? parentIdTag, DateTime startedAt)
    {
        IEnumerable<long> candidates =
        [
            .. idTag is { } tag ? _byIdTag[TariffAssignment.Normalize(tag)] : [],
            .. parentIdTag is { } parent ? _byIdTag[TariffAssignment.Normalize(parent)] : [],
            .. _byStation[stationId],
            .. _default is { } fallback ? [fallback] : Array.Empty<long>(),
        ];
        return candidates
            .Select(tariffId => VersionAt(tariffId, startedAt))
            .FirstOrDefault(version => version is not null && version.IsValidAt(startedAt));
    }

    private TariffVersion? VersionAt(long tariffId, DateTime startedAt) =>
        _versions.TryGetValue(tariffId, out var versions)
            ? versions.LastOrDefault(v => v.CreatedAt <= startedAt) ?? versions[0]
            : null;
}
