using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Configuration;

/// <summary>
/// Keeps a 1.6 station's configuration keys as the CSMS last learnt them. Keys are CiString50 (OCPP 1.6 §7.29): a key
/// matches its stored row whatever its case. A write-only key's value is never kept, only when it was read or set:
/// AuthorizationKey holds the station's Basic password (OCPP-J 1.6 errata §3.12, "so that it cannot be accidentally
/// stored in plaintext by the Central System").
/// </summary>
internal sealed class ConfigurationKeys(IDbContextFactory<StationsDbContext> contexts, TimeProvider clock)
{
    private static readonly FrozenSet<string> WriteOnly = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "AuthorizationKey");

    /// <summary>
    /// A GetConfiguration answer (OCPP 1.6 §5.8). When the request named no keys the answer is the whole configuration,
    /// so a stored key it lacks is gone; a key the station reports unknown is gone either way.
    /// </summary>
    public async Task RecordReadAsync(
        string stationId, IReadOnlyCollection<ReadKey> read, IReadOnlyCollection<string> unknown, bool whole, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await LoadAsync(db, stationId, cancellationToken);
        var answered = read.Select(k => k.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknownKeys = unknown.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var gone in stored.Values.Where(k => unknownKeys.Contains(k.Key) || (whole && !answered.Contains(k.Key))))
        {
            db.ConfigurationKeys.Remove(gone);
        }

        foreach (var key in read.DistinctBy(k => k.Key, StringComparer.OrdinalIgnoreCase))
        {
            var row = Row(db, stored, stationId, key.Key);
            row.Value = WriteOnly.Contains(key.Key) ? null : key.Value;
            row.Readonly = key.Readonly;
            row.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A ChangeConfiguration the station applied (OCPP 1.6 §5.3: Accepted, or RebootRequired when the value takes effect
    /// at its next boot, which clears the flag).
    /// </summary>
    public async Task RecordChangeAsync(string stationId, string key, string value, bool rebootRequired, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = Row(db, await LoadAsync(db, stationId, cancellationToken), stationId, key);
        row.Value = WriteOnly.Contains(key) ? null : value;
        row.RebootRequired = rebootRequired;
        row.ChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A station has some dozens of keys: all of them, matched in memory whatever their case.</summary>
    private static async Task<Dictionary<string, ConfigurationKey>> LoadAsync(StationsDbContext db, string stationId, CancellationToken cancellationToken) =>
        await db.ConfigurationKeys.Where(k => k.StationId == stationId).ToDictionaryAsync(k => k.Key, StringComparer.OrdinalIgnoreCase, cancellationToken);

    private static ConfigurationKey Row(StationsDbContext db, Dictionary<string, ConfigurationKey> stored, string stationId, string key)
    {
        if (!stored.TryGetValue(key, out var row))
        {
            row = new ConfigurationKey { StationId = stationId, Key = key };
            db.ConfigurationKeys.Add(row);
            stored[key] = row;
        }

        return row;
    }
}
