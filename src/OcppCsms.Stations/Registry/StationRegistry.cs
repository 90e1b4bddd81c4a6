using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Registry;

/// <summary>What the upgrade check reads and writes in the registry: one station, and the admission of an unknown one.</summary>
internal sealed class StationRegistry(IDbContextFactory<StationsDbContext> contexts, TimeProvider clock)
{
    public async Task<Station?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Stations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Up to <paramref name="count"/> stations, the most recently seen first (never seen last), streamed from one query.</summary>
    public async IAsyncEnumerable<Station> RecentlySeenAsync(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Stations.AsNoTracking().OrderBy(s => s.LastSeenAt == null).ThenByDescending(s => s.LastSeenAt).Take(count);
        await foreach (var station in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return station;
        }
    }

    /// <summary>
    /// Registers a station that connected unannounced, with profile 0. Two first connections of one station may race:
    /// the primary key lets exactly one insert win, and the loser reads the winner's row instead of failing.
    /// </summary>
    public async Task<Station> AdmitAsync(string id, RegistrationStatus status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var station = new Station
        {
            Id = id,
            RegistrationStatus = status,
            SecurityProfile = SecurityProfiles.None,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Stations.Add(station);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return station;
        }
        catch (DbUpdateException)
        {
            // Not a lost race (the database failed otherwise): the original error is the one to report.
            var winner = await FindAsync(id, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }
    }
}
