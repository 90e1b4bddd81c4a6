using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;

namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// The tariffs pricing reads, cached: read from the database once, kept until a tariff write invalidates them. A read
/// that began before an invalidation is used by its caller but never kept, so a write is seen by every pricing that
/// starts after it on this node (docs/adr/0016).
/// </summary>
internal sealed class TariffCatalog(IDbContextFactory<BillingDbContext> contexts)
{
    private readonly Lock _gate = new();
    private TariffSnapshot? _current;
    private long _generation;

    public async Task<TariffSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        long generation;
        lock (_gate)
        {
            if (_current is { } current)
            {
                return current;
            }

            generation = _generation;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tariffs = await db.Tariffs.AsNoTracking().ToListAsync(cancellationToken);
        var versions = await db.TariffVersions.AsNoTracking().Include(v => v.Periods).AsSplitQuery().ToListAsync(cancellationToken);
        var assignments = await db.TariffAssignments.AsNoTracking().ToListAsync(cancellationToken);
        var loaded = new TariffSnapshot(tariffs, versions, assignments);
        lock (_gate)
        {
            if (_generation == generation)
            {
                _current = loaded;
            }
        }

        return loaded;
    }

    /// <summary>Called after every committed tariff write.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _current = null;
        }
    }
}
