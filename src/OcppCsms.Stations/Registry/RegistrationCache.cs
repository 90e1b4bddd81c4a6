using System.Collections.Concurrent;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Registry;

/// <summary>
/// The registry's registration status for the registration gate, kept in memory: the gate asks for every CALL of a
/// session that has not booted yet, so only the first costs a database read. Bounded in size and in age (what another
/// node changed reaches this one within <see cref="Lifetime"/>); an operator's change on this node removes the entry at
/// once. A station the registry does not know is Pending and not remembered.
/// </summary>
internal sealed class RegistrationCache(StationRegistry registry, TimeProvider clock) : IStationRegistrations
{
    private const int Capacity = 100_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public async ValueTask<StationRegistration> GetAsync(string stationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(stationId, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Registration;
        }

        var generation = Interlocked.Read(ref _generation);
        if (await registry.FindAsync(stationId, cancellationToken) is not { } station)
        {
            return StationRegistration.Pending;
        }

        var entry = new Entry(Of(station.RegistrationStatus), now + Lifetime);
        if (_entries.Count < Capacity || _entries.ContainsKey(stationId))
        {
            _entries[stationId] = entry;
            if (generation != Interlocked.Read(ref _generation))
            {
                // A change came in while the row was read: what was read may be stale, so it must not stay.
                _entries.TryRemove(new KeyValuePair<string, Entry>(stationId, entry));
            }
        }

        return entry.Registration;
    }

    /// <summary>After any change to the station's registration, or its deletion.</summary>
    public void Invalidate(string stationId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(stationId, out _);
    }

    private static StationRegistration Of(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Accepted => StationRegistration.Accepted,
        RegistrationStatus.Rejected => StationRegistration.Rejected,
        _ => StationRegistration.Pending,
    };

    private sealed record Entry(StationRegistration Registration, DateTimeOffset ExpiresAt);
}
