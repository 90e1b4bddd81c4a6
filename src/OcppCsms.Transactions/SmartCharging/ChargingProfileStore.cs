using Microsoft.EntityFrameworkCore;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using OcppCsms.Transactions.SmartCharging.Persistence;

namespace OcppCsms.Transactions.SmartCharging;

/// <summary>
/// What the CSMS believes each station holds, changed only the way the station itself changes its profiles: by an
/// accepted SetChargingProfile, an accepted remote start with a TxProfile, a ClearChargingProfile, and the start and end
/// of the transactions TxProfiles belong to. Writes are serialised, so two answers of one station cannot interleave
/// their replace rules.
/// </summary>
internal sealed class ChargingProfileStore(IDbContextFactory<SmartChargingDbContext> contexts, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    public async Task<IReadOnlyList<InstalledChargingProfile>> ListAsync(string stationId, int? connectorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profiles = await db.ChargingProfiles.AsNoTracking()
            .Where(p => p.StationId == stationId && (connectorId == null || p.ConnectorId == connectorId))
            .ToListAsync(cancellationToken);
        return [.. profiles.OrderBy(p => p.ConnectorId).ThenBy(p => p.Purpose).ThenBy(p => p.StackLevel).ThenBy(p => p.ChargingProfileId)];
    }

    /// <summary>
    /// Keeps a profile the station accepted. It replaces the profile with the same id, and the one with the same stack
    /// level and purpose on the same connector (OCPP 1.6 §3.13.2, §5.16.3/§5.16.4; 2.0.1 K01.FR.05/K01.FR.06): the
    /// station does the same, so the CSMS would otherwise show two profiles where the station has one.
    /// </summary>
    /// <param name="connectorId">Null only for a remote start that let the station choose the connector.</param>
    /// <param name="idTag">For a remote start's TxProfile: the id tag its transaction will start with.</param>
    public Task InstallAsync(string stationId, int? connectorId, ChargingProfile profile, string installedBy, string? idTag, CancellationToken cancellationToken) =>
        WriteAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.ChargingProfiles
                .Where(p => p.StationId == stationId && (p.ChargingProfileId == profile.Id
                    || (p.ConnectorId == connectorId && p.Purpose == profile.Purpose && p.StackLevel == profile.StackLevel)))
                .ExecuteDeleteAsync(cancellationToken);
            db.ChargingProfiles.Add(new InstalledChargingProfile
            {
                StationId = stationId,
                ChargingProfileId = profile.Id,
                ConnectorId = connectorId,
                StackLevel = profile.StackLevel,
                Purpose = profile.Purpose,
                Kind = profile.Kind,
                Recurrency = profile.Recurrency,
                ValidFrom = profile.ValidFrom,
                ValidTo = profile.ValidTo,
                TransactionId = profile.TransactionId,
                IdTag = profile.TransactionId is null ? idTag : null,
                Schedule = profile.Schedule,
                InstalledBy = installedBy,
                InstalledAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Removes what a ClearChargingProfile removed on the station: the profile with the id, or every profile matching all
    /// the criteria given (OCPP 1.6 §6.13 with errata "logical AND"; 2.0.1 K10.FR.03/K10.FR.04). A connector of 0 means
    /// the station's own profiles, an absent one every connector.
    /// </summary>
    public Task ClearAsync(string stationId, ChargingProfileCriteria criteria, CancellationToken cancellationToken) =>
        WriteAsync(async db =>
        {
            var matching = db.ChargingProfiles.Where(p => p.StationId == stationId);
            matching = criteria.Id is { } id
                ? matching.Where(p => p.ChargingProfileId == id)
                : matching.Where(p =>
                    (criteria.ConnectorId == null || p.ConnectorId == criteria.ConnectorId)
                    && (criteria.ChargingProfilePurpose == null || p.Purpose == criteria.ChargingProfilePurpose)
                    && (criteria.StackLevel == null || p.StackLevel == criteria.StackLevel));
            await matching.ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// A transaction started on a connector. A remote start's TxProfile waiting for this id tag (on this connector, or on
    /// one the station was left to choose) now belongs to it (OCPP 1.6 §5.16.2 with errata 3.42: "The Charge Point SHALL
    /// apply the given profile to the newly started transaction"). Other TxProfiles on the connector are left over from
    /// a transaction whose end was missed, or from a remote start that never began: the station has dropped them
    /// (§3.13.1 "After the transaction is stopped, the profile SHOULD be deleted"), and so does the CSMS.
    /// </summary>
    public Task TransactionStartedAsync(string stationId, int connectorId, string transactionId, string? idTag, CancellationToken cancellationToken) =>
        WriteAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.ChargingProfiles
                .Where(p => p.StationId == stationId && p.ConnectorId == connectorId && p.Purpose == ChargingProfilePurpose.TxProfile
                    && (p.TransactionId == null ? p.IdTag != idTag : p.TransactionId != transactionId))
                .ExecuteDeleteAsync(cancellationToken);
            await db.ChargingProfiles
                .Where(p => p.StationId == stationId && p.Purpose == ChargingProfilePurpose.TxProfile && p.TransactionId == null
                    && p.IdTag == idTag && (p.ConnectorId == null || p.ConnectorId == connectorId))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(p => p.TransactionId, transactionId)
                    .SetProperty(p => p.ConnectorId, connectorId)
                    .SetProperty(p => p.IdTag, (string?)null), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// A transaction ended, and its TxProfiles with it (OCPP 1.6 §3.13.1; 2.0.1 part 2 K01: "for the duration of the
    /// transaction"). So does a remote start's profile still waiting for this id tag on this connector: its transaction
    /// started while the answer to the remote start was being kept, and has now ended too.
    /// </summary>
    public Task TransactionEndedAsync(string stationId, string transactionId, int? connectorId, string? idTag, CancellationToken cancellationToken) =>
        WriteAsync(db => db.ChargingProfiles
            .Where(p => p.StationId == stationId && p.Purpose == ChargingProfilePurpose.TxProfile
                && (p.TransactionId == transactionId
                    || (p.TransactionId == null && idTag != null && p.IdTag == idTag && (p.ConnectorId == null || p.ConnectorId == connectorId))))
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);

    public void Dispose() => _writes.Dispose();

    private async Task WriteAsync(Func<SmartChargingDbContext, Task> write, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await write(db);
        }
        finally
        {
            _writes.Release();
        }
    }
}
