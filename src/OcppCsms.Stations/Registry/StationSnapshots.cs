using System.Collections.Concurrent;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Registry;

/// <summary>
/// The registered stations as this node last read them (<see cref="StationSnapshot"/>), so that a connection, its
/// registration gate and its BootNotification cost no database read when the station is known here: with SQLite every
/// such read holds a thread-pool thread for its duration, and a reconnect storm of thousands of stations would queue
/// behind them. A station missing here is read from the database and remembered; one the registry does not know is not.
/// Every change this node makes to a station row removes its entry at once (<see cref="Invalidate"/>), and a generation
/// counter stops a row read before a change from being stored after it. Entries live at most <see cref="Lifetime"/>,
/// which bounds how long a change made on another node takes to arrive here; at most <see cref="Capacity"/> stations are
/// held, and a cache full of live entries simply stops remembering.
/// </summary>
internal sealed class StationSnapshots(StationRegistry registry, TimeProvider clock) : IStationRegistrations
{
    public const int Capacity = 100_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;
    private long _nextSweepTicks;

    /// <summary>Taken before a database read or write whose result is handed to <see cref="Store"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>From memory only: null when this node holds no live entry for the station.</summary>
    public StationSnapshot? Find(string stationId)
    {
        if (!_entries.TryGetValue(stationId, out var entry))
        {
            return null;
        }

        if (entry.ExpiresAt > clock.GetUtcNow())
        {
            return entry.Snapshot;
        }

        _entries.TryRemove(new KeyValuePair<string, Entry>(stationId, entry));
        return null;
    }

    /// <summary>From memory, else from the database. Null: the registry does not know the station.</summary>
    public async ValueTask<StationSnapshot?> GetAsync(string stationId, CancellationToken cancellationToken) =>
        Find(stationId) ?? await ReadAsync(stationId, cancellationToken);

    /// <summary>From the database whatever memory holds (a decision that memory would refuse is checked on the current row).</summary>
    public async Task<StationSnapshot?> ReadAsync(string stationId, CancellationToken cancellationToken)
    {
        var generation = Generation;
        if (await registry.FindAsync(stationId, cancellationToken) is not { } station)
        {
            return null;
        }

        var snapshot = StationSnapshot.Of(station);
        Store(stationId, snapshot, generation);
        return snapshot;
    }

    /// <summary>
    /// Fills the cache from the registry in one query, the most recently seen stations first, up to <see cref="Capacity"/>;
    /// an entry already here (read since, so newer) stays. Stops at the first change made meanwhile: the rows read
    /// before it may be stale.
    /// </summary>
    /// <returns>How many stations were added.</returns>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var generation = Generation;
        var added = 0;
        await foreach (var station in registry.RecentlySeenAsync(Capacity, cancellationToken))
        {
            var entry = new Entry(StationSnapshot.Of(station), clock.GetUtcNow() + Lifetime);
            if (_entries.Count >= Capacity || generation != Generation)
            {
                break;
            }

            if (_entries.TryAdd(station.Id, entry))
            {
                if (generation != Generation)
                {
                    _entries.TryRemove(new KeyValuePair<string, Entry>(station.Id, entry));
                    break;
                }

                added++;
            }
        }

        return added;
    }

    /// <summary>Remembers a row read or written with <paramref name="generation"/> taken before.</summary>
    public void Store(string stationId, StationSnapshot snapshot, long generation)
    {
        if (_entries.Count >= Capacity && !_entries.ContainsKey(stationId) && !SweepExpired())
        {
            return;
        }

        var entry = new Entry(snapshot, clock.GetUtcNow() + Lifetime);
        _entries[stationId] = entry;
        if (generation != Generation)
        {
            // A change came in while the row was read: what was read may be stale, so it must not stay.
            _entries.TryRemove(new KeyValuePair<string, Entry>(stationId, entry));
        }
    }

    /// <summary>After any change to the station's row (registration, profile, password, CN) or its deletion.</summary>
    public void Invalidate(string stationId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(stationId, out _);
    }

    async ValueTask<StationRegistration> IStationRegistrations.GetAsync(string stationId, CancellationToken cancellationToken) =>
        (await GetAsync(stationId, cancellationToken))?.Registration ?? StationRegistration.Pending;

    /// <returns>Whether there is room now. Sweeps at most every <see cref="SweepInterval"/>, so a full cache costs no scan per read.</returns>
    private bool SweepExpired()
    {
        var now = clock.GetUtcNow();
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, next) != next)
        {
            return false;
        }

        foreach (var (stationId, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(stationId, entry));
            }
        }

        return _entries.Count < Capacity;
    }

    private sealed record Entry(StationSnapshot Snapshot, DateTimeOffset ExpiresAt);
}
