using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Authentication;

/// <summary>
/// Recently accepted connections, by station: its profile, the CN it must present and, for Basic profiles, an HMAC of
/// the password it presented (under a key that lives only in this process, so the cache holds nothing a stolen memory
/// image could turn back into a password faster than the database hash). A station reconnecting with the same
/// credentials is accepted without a database read. Only acceptances are shortcut: anything else is decided on the
/// database's current row. Bounded in size and in age (what another node changed reaches this one within
/// <see cref="Lifetime"/>); an operator's change on this node removes the entry at once.
/// </summary>
internal sealed class StationCredentialCache(TimeProvider clock)
{
    private const int Capacity = 100_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;
    private long _nextSweepTicks;

    /// <summary>Taken before reading the database, handed back to <see cref="Store"/>: an entry read before a change is never stored after it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public Entry? Find(string stationId)
    {
        if (!_entries.TryGetValue(stationId, out var entry))
        {
            return null;
        }

        if (entry.ExpiresAt > clock.GetUtcNow())
        {
            return entry;
        }

        _entries.TryRemove(new KeyValuePair<string, Entry>(stationId, entry));
        return null;
    }

    /// <param name="password">The password the accepted connection presented (profiles 1 and 2), or null.</param>
    public void Store(Station station, string? password, long generation)
    {
        if (_entries.Count >= Capacity && !SweepExpired())
        {
            // Full of live entries: this acceptance simply is not remembered.
            return;
        }

        var entry = new Entry(station.SecurityProfile, station.ExpectedCommonName, password is null ? null : Digest(password),
            clock.GetUtcNow() + Lifetime);
        _entries[station.Id] = entry;
        if (generation != Generation)
        {
            // A change came in while the row was read: what was read may be stale, so it must not stay.
            _entries.TryRemove(new KeyValuePair<string, Entry>(station.Id, entry));
        }
    }

    /// <summary>After any change to the station's password, profile, CN or registration, or its deletion.</summary>
    public void Invalidate(string stationId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(stationId, out _);
    }

    public bool Matches(Entry entry, string password) =>
        entry.PasswordDigest is { } digest && CryptographicOperations.FixedTimeEquals(digest, Digest(password));

    private byte[] Digest(string password) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(password));

    /// <returns>Whether there is room now. Sweeps at most every <see cref="SweepInterval"/>, so a full cache costs no scan per connection.</returns>
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

    /// <param name="PasswordDigest">Profiles 1 and 2: the HMAC of the password last accepted.</param>
    internal sealed record Entry(int SecurityProfile, string ExpectedCommonName, byte[]? PasswordDigest, DateTimeOffset ExpiresAt);
}
