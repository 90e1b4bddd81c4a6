using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;

namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// Tariff writes and their rules: an edit adds a version and never changes one; exactly one tariff is the default (the
/// first one is, and making another the default moves it in one database transaction); the default can be neither
/// deleted nor un-defaulted. Every committed write invalidates the <see cref="TariffCatalog"/>.
/// </summary>
internal sealed class TariffStore(IDbContextFactory<BillingDbContext> contexts, TariffCatalog catalog, TimeProvider clock)
{
    /// <exception cref="TariffConflictException">Another request changed the default at the same time.</exception>
    public async Task<StoredTariff> CreateAsync(TariffTerms terms, bool isDefault, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // There is always a default once there is a tariff: the first one is it, whatever the request says.
        var makeDefault = isDefault || !await db.Tariffs.AnyAsync(cancellationToken);
        if (makeDefault)
        {
            await ClearDefaultAsync(db, cancellationToken);
        }

        var tariff = new Tariff { Name = terms.Name, IsDefault = makeDefault, CurrentVersion = 1, CreatedAt = now };
        db.Tariffs.Add(tariff);
        await SaveAsync(db, cancellationToken);
        var version = terms.ToVersion(tariff.Id, 1, now);
        db.TariffVersions.Add(version);
        await SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Invalidate();
        return new StoredTariff(tariff, version);
    }

    /// <summary>Adds a version with <paramref name="terms"/>; sessions that started before keep the version they started with.</summary>
    /// <returns>Null when there is no such tariff.</returns>
    /// <exception cref="TariffConflictException">The default un-defaulted, or a concurrent edit of the same tariff.</exception>
    public async Task<StoredTariff?> UpdateAsync(long id, TariffTerms terms, bool isDefault, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Tariffs.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } tariff)
        {
            return null;
        }

        if (tariff.IsDefault && !isDefault)
        {
            throw new TariffConflictException(
                $"Tariff {id} is the default and stays so until another tariff is made the default: send isDefault true for that tariff " +
                "(this one then stops being the default), or keep isDefault true here.");
        }

        if (isDefault && !tariff.IsDefault)
        {
            await ClearDefaultAsync(db, cancellationToken);
            tariff.IsDefault = true;
        }

        tariff.Name = terms.Name;
        tariff.CurrentVersion++;
        var version = terms.ToVersion(id, tariff.CurrentVersion, now);
        db.TariffVersions.Add(version);
        await SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Invalidate();
        return new StoredTariff(tariff, version);
    }

    /// <returns>False when there is no such tariff.</returns>
    /// <exception cref="TariffConflictException">The tariff is the default.</exception>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Tariffs.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } tariff)
        {
            return false;
        }

        if (tariff.IsDefault)
        {
            throw new TariffConflictException(
                $"Tariff {id} is the default, and there must always be one: make another tariff the default (isDefault true) first, then delete this one.");
        }

        // Its versions, periods and assignments go with it (cascading foreign keys).
        db.Tariffs.Remove(tariff);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return true;
    }

    /// <summary>Assigns the tariff to an id tag (and so to the tags whose parent it is) or to a station.</summary>
    /// <returns>Null when there is no such tariff.</returns>
    /// <exception cref="TariffConflictException">The tariff is assigned to that tag or station already.</exception>
    public async Task<TariffAssignment?> AssignAsync(long tariffId, string? idTag, string? stationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Tariffs.AnyAsync(t => t.Id == tariffId, cancellationToken))
        {
            return null;
        }

        var assignment = new TariffAssignment
        {
            TariffId = tariffId,
            IdTag = idTag,
            NormalizedIdTag = idTag is null ? null : TariffAssignment.Normalize(idTag),
            StationId = stationId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var exists = await db.TariffAssignments.AnyAsync(a => a.TariffId == tariffId &&
            (idTag == null ? a.StationId == stationId : a.NormalizedIdTag == assignment.NormalizedIdTag), cancellationToken);
        if (exists)
        {
            throw AlreadyAssigned(tariffId, idTag, stationId);
        }

        db.TariffAssignments.Add(assignment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Assigned by another request between the check and the insert; the unique index decided.
            throw AlreadyAssigned(tariffId, idTag, stationId);
        }

        catalog.Invalidate();
        return assignment;
    }

    /// <returns>False when the tariff has no such assignment.</returns>
    public async Task<bool> UnassignAsync(long tariffId, long assignmentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.TariffAssignments.Where(a => a.TariffId == tariffId && a.Id == assignmentId).ExecuteDeleteAsync(cancellationToken);
        catalog.Invalidate();
        return deleted > 0;
    }

    private static Task<int> ClearDefaultAsync(BillingDbContext db, CancellationToken cancellationToken) =>
        db.Tariffs.Where(t => t.IsDefault).ExecuteUpdateAsync(set => set.SetProperty(t => t.IsDefault, false), cancellationToken);

    /// <summary>A unique index refusing the write means a concurrent request won (a second default, a version number taken).</summary>
    private static async Task SaveAsync(BillingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new TariffConflictException("Another request changed the tariffs at the same time; nothing was saved, send the request again.");
        }
    }

    private static TariffConflictException AlreadyAssigned(long tariffId, string? idTag, string? stationId) =>
        new(idTag is not null
            ? $"Tariff {tariffId} is assigned to id tag '{idTag}' already (tags are compared case-insensitively)."
            : $"Tariff {tariffId} is assigned to station '{stationId}' already.");
}
