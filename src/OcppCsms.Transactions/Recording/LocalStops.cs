using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Completes active transactions the station will not stop itself. The stop register is the transaction's latest
/// energy reading, the start register only when no later one arrived; it is read by the same conditional update that
/// completes the transaction, so a meter-values batch committing meanwhile cannot leave a stale stop value, and a
/// station's own stop racing it completes the transaction once. TransactionStopped follows the commit, so billing picks
/// these up like any other completed transaction.
/// </summary>
internal sealed partial class LocalStops(
    IDbContextFactory<TransactionsDbContext> contexts,
    IEventPublisher events,
    TimeProvider clock,
    ILogger<LocalStops> logger)
{
    /// <summary>
    /// A connector runs one transaction at a time (OCPP 1.6 §3.6, 2.0.1 E01): a start on a connector that still has an
    /// active transaction means the station lost or never sent that one's stop. Only transactions started before the new
    /// one are closed, at the new start's time: an older start replayed from an offline queue is followed by its own stop
    /// in that queue and must not end a newer transaction before it began, and a racing copy of the same start (same
    /// time) must not end the transaction its first copy recorded.
    /// </summary>
    /// <param name="startingTransactionId">The station's id of the starting transaction (2.0.1), never closed itself; null for a 1.6 start.</param>
    public async Task SupersedeAsync(
        string stationId, int? evseId, int? connectorId, string? startingTransactionId, DateTime startedAt, CancellationToken cancellationToken)
    {
        startedAt = StationTime.Stored(startedAt);
        List<long> older;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var active = db.Transactions.AsNoTracking().Where(t => t.StationId == stationId && t.Status == TransactionStatus.Active
                && t.EvseId == evseId && t.StartedAt < startedAt);
            // A 2.0.1 event may name the EVSE only (EVSEType.connectorId is optional): then the EVSE is the connector.
            active = connectorId is null ? active : active.Where(t => t.ConnectorId == null || t.ConnectorId == connectorId);
            active = startingTransactionId is null ? active : active.Where(t => t.StationTransactionId != startingTransactionId);
            older = await active.Select(t => t.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in older)
        {
            if (await CompleteAsync(id, startedAt, LocalStopReasons.Superseded, null, cancellationToken) is { } closed)
            {
                LogSuperseded(logger, stationId, closed.StationTransactionId, closed.ConnectorId, closed.MeterStopWh);
            }
        }
    }

    /// <summary>An operator's force-stop: completed now, by the CSMS's clock, with who did it and why.</summary>
    /// <returns>The completed transaction, or null when it is not active (or unknown).</returns>
    public Task<ChargingTransaction?> ForceStopAsync(long id, ForceStop forceStop, CancellationToken cancellationToken) =>
        CompleteAsync(id, StationTime.Stored(clock.GetUtcNow().UtcDateTime), LocalStopReasons.ForceStopped, forceStop, cancellationToken);

    /// <returns>The completed transaction, or null when it was no longer active.</returns>
    private async Task<ChargingTransaction?> CompleteAsync(long id, DateTime stoppedAt, string reason, ForceStop? forceStop, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var completed = await db.Transactions
            .Where(t => t.Id == id && t.Status == TransactionStatus.Active)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.Status, TransactionStatus.Completed)
                .SetProperty(t => t.StoppedAt, stoppedAt)
                .SetProperty(t => t.CompletedAt, now)
                .SetProperty(t => t.MeterStopWh, t => t.LatestEnergyWh ?? t.MeterStartWh)
                .SetProperty(t => t.EnergyWh, t => (t.LatestEnergyWh ?? t.MeterStartWh) - t.MeterStartWh)
                .SetProperty(t => t.StopReason, reason)
                .SetProperty(t => t.ForceStopReason, forceStop == null ? null : forceStop.Reason)
                .SetProperty(t => t.ForceStoppedBy, forceStop == null ? null : forceStop.By), cancellationToken);
        if (completed == 0)
        {
            return null;
        }

        var transaction = await db.Transactions.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        events.Publish(CsmsEventTypes.TransactionStopped, transaction.StationId, TransactionEventData.Stopped(transaction));
        return transaction;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} started a transaction on connector {ConnectorId} while transaction {TransactionId} was active there; that one is completed as Superseded with {MeterStopWh} Wh")]
    private static partial void LogSuperseded(ILogger logger, string stationId, string transactionId, int? connectorId, decimal? meterStopWh);
}
