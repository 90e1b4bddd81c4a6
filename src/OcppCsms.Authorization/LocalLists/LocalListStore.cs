using Microsoft.EntityFrameworkCore;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Authorization.Persistence;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.LocalLists;

/// <summary>
/// The local authorization lists as the stations hold them (OCPP 1.6 §3.5.2): changed only by an update a station
/// accepted, so that the CSMS's copy never runs ahead of the station's, and the version each station last reported.
/// </summary>
internal sealed class LocalListStore(IDbContextFactory<AuthorizationDbContext> contexts, TimeProvider clock)
{
    /// <summary>The version for the next update: one past the last the station accepted (1 for the first).</summary>
    public async Task<int> NextVersionAsync(string stationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.LocalLists.Where(l => l.StationId == stationId).Select(l => (int?)l.Version).SingleOrDefaultAsync(cancellationToken);
        return (current ?? 0) + 1;
    }

    public async Task<(LocalAuthList? List, List<LocalAuthListEntry> Entries)> GetAsync(string stationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.LocalLists.AsNoTracking().SingleOrDefaultAsync(l => l.StationId == stationId, cancellationToken);
        var entries = await db.LocalListEntries.AsNoTracking().Where(e => e.StationId == stationId).OrderBy(e => e.NormalizedTag).ToListAsync(cancellationToken);
        return (list, entries);
    }

    /// <summary>
    /// An update the station accepted (1.6 §5.15): a Full one replaces the entries, a Differential one adds or updates
    /// the entries that carry idTagInfo and removes those that do not (§7.1); either way the list takes its version.
    /// A tag given twice (a raw call may do so) counts once, the last time.
    /// </summary>
    public async Task ApplyAsync(string stationId, LocalListUpdate update, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = update.Entries.GroupBy(e => IdTag.Normalize(e.IdTag)).ToDictionary(g => g.Key, g => g.Last());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var list = await ListAsync(db, stationId, cancellationToken);
        list.Version = update.Version;
        list.UpdatedAt = now;

        var keys = changes.Keys.ToList();
        var existing = update.UpdateType == LocalListUpdateType.Full
            ? await db.LocalListEntries.Where(e => e.StationId == stationId).ToListAsync(cancellationToken)
            : await db.LocalListEntries.Where(e => e.StationId == stationId && keys.Contains(e.NormalizedTag)).ToListAsync(cancellationToken);
        var held = existing.ToDictionary(e => e.NormalizedTag);
        foreach (var entry in existing.Where(e => changes.GetValueOrDefault(e.NormalizedTag)?.Info is null))
        {
            db.LocalListEntries.Remove(entry);
        }

        foreach (var (key, change) in changes)
        {
            if (change.Info is not { } info)
            {
                continue;
            }

            if (!held.TryGetValue(key, out var entry))
            {
                entry = new LocalAuthListEntry { StationId = stationId, NormalizedTag = key, Tag = change.IdTag };
                db.LocalListEntries.Add(entry);
            }

            entry.Tag = change.IdTag;
            entry.Status = info.Status;
            entry.ExpiryDate = info.ExpiryDate;
            entry.ParentIdTag = info.ParentIdTag;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What the station answered to GetLocalListVersion (1.6 §5.10); the CSMS's own version and entries stay.</summary>
    public async Task RecordReportedVersionAsync(string stationId, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await ListAsync(db, stationId, cancellationToken);
        list.ReportedVersion = version;
        list.ReportedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<LocalAuthList> ListAsync(AuthorizationDbContext db, string stationId, CancellationToken cancellationToken)
    {
        if (await db.LocalLists.SingleOrDefaultAsync(l => l.StationId == stationId, cancellationToken) is { } list)
        {
            return list;
        }

        list = new LocalAuthList { StationId = stationId };
        db.LocalLists.Add(list);
        return list;
    }
}
