using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Authorization.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Transactions.Metrics;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Records transaction stops (OCPP 1.6 §4.10). A stop completes its active transaction once: the completion is a
/// conditional update (still active), so a retried or racing copy changes nothing and its transaction data is not
/// stored twice. A stop for an unknown transaction id is answered all the same, logged, and kept as an orphan for
/// operators. Energy is the stop register minus the start register. The tag of the stop is judged after the commit, so
/// that the transaction it just ended does not make it ConcurrentTx.
/// </summary>
internal sealed partial class TransactionStops(
    IDbContextFactory<TransactionsDbContext> contexts,
    IIdTagAuthorizer authorizer,
    IEventPublisher events,
    TransactionMetrics metrics,
    IOptions<TransactionOperationsOptions> options,
    TimeProvider clock,
    ILogger<TransactionStops> logger)
{
    public async Task<StopOutcome> StopAsync(TransactionStop stop, CancellationToken cancellationToken)
    {
        stop = stop with { StoppedAt = StationTime.Stored(stop.StoppedAt) };
        var (id, result) = await RecordAsync(stop, cancellationToken);
        var verdict = stop.IdTag is { } idTag ? await authorizer.AuthorizeAsync(stop.StationId, idTag, cancellationToken) : null;
        return new StopOutcome(id, result, verdict);
    }

    private async Task<(long Id, StopResult Result)> RecordAsync(TransactionStop stop, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var transaction = await FindAsync(db, stop, cancellationToken);
        if (transaction is null)
        {
            return await KeepOrphanAsync(stop, cancellationToken);
        }

        if (transaction.Status == TransactionStatus.Completed && LocalStopReasons.IsLocal(transaction.StopReason))
        {
            LogClosedLocally(logger, stop.StationId, stop.StationTransactionId, transaction.StopReason!, stop.MeterStopWh);
        }

        if (transaction.Status != TransactionStatus.Active || !await CompleteAsync(db, transaction, stop, cancellationToken))
        {
            return (transaction.Id, StopResult.Repeated);
        }

        events.Publish(CsmsEventTypes.TransactionStopped, transaction.StationId, TransactionEventData.Stopped(transaction));
        return (transaction.Id, StopResult.Completed);
    }

    /// <returns>False when another copy of the stop completed it first.</returns>
    private async Task<bool> CompleteAsync(TransactionsDbContext db, ChargingTransaction transaction, TransactionStop stop, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        transaction.EnergyWh = stop.MeterStopWh - transaction.MeterStartWh;
        transaction.StoppedAt = stop.StoppedAt;
        transaction.MeterStopWh = stop.MeterStopWh;
        transaction.StopReason = stop.Reason;
        transaction.StopIdTag = stop.IdTag;
        // The stop's readings against the start and the latest reading stored before it.
        List<EnergyReading> readings = [.. EnergyRegister.Readings(stop.TransactionData), new EnergyReading(stop.MeterStopWh, stop.StoppedAt)];
        if (transaction.LatestEnergyWh is { } latestWh && transaction.LatestEnergyAt is { } latestAt)
        {
            readings.Add(new EnergyReading(latestWh, latestAt));
        }

        var flags = StopFlags(stop, now) | DataFlags.Energy(
            readings,
            transaction.MeterStartWh is { } startWh && transaction.StartedAt is { } startedAt ? new EnergyReading(startWh, startedAt) : null,
            options.Value.MaxPlausiblePowerKw);
        // The stop's own register reading is kept as the latest when it is newer, by the same statement; with no transaction
        // data to add that statement is the whole write, and needs no transaction around it.
        var last = LastReading(stop);
        var lastAt = StationTime.Stored(last.At);
        await using var commit = stop.TransactionData.Count == 0 ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var completed = await db.Transactions
            .Where(t => t.Id == transaction.Id && t.Status == TransactionStatus.Active)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.Status, TransactionStatus.Completed)
                .SetProperty(t => t.StoppedAt, stop.StoppedAt)
                .SetProperty(t => t.CompletedAt, now)
                .SetProperty(t => t.MeterStopWh, stop.MeterStopWh)
                .SetProperty(t => t.EnergyWh, transaction.EnergyWh)
                .SetProperty(t => t.StopReason, stop.Reason)
                .SetProperty(t => t.StopIdTag, stop.IdTag)
                .SetProperty(t => t.Flags, t => t.Flags | flags)
                .SetProperty(t => t.LatestEnergyWh, t => t.LatestEnergyAt == null || t.LatestEnergyAt < lastAt ? last.Wh : t.LatestEnergyWh)
                .SetProperty(t => t.LatestEnergyAt, t => t.LatestEnergyAt == null || t.LatestEnergyAt < lastAt ? lastAt : t.LatestEnergyAt), cancellationToken);
        if (completed == 0)
        {
            return false;
        }

        if (commit is not null)
        {
            db.MeterSamples.AddRange(SampleRows.Create(
                transaction.StationId, transaction.ConnectorId, transaction.EvseId, transaction.StationTransactionId, transaction.Id, now, stop.TransactionData));
            await db.SaveChangesAsync(cancellationToken);
            await commit.CommitAsync(cancellationToken);
        }

        return true;
    }

    private async Task<(long Id, StopResult Result)> KeepOrphanAsync(TransactionStop stop, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var last = LastReading(stop);
        var orphan = new ChargingTransaction
        {
            StationId = stop.StationId,
            StationTransactionId = stop.StationTransactionId,
            Status = TransactionStatus.Orphaned,
            StoppedAt = stop.StoppedAt,
            CompletedAt = now,
            MeterStopWh = stop.MeterStopWh,
            StopReason = stop.Reason,
            StopIdTag = stop.IdTag,
            LatestEnergyWh = last.Wh,
            LatestEnergyAt = StationTime.Stored(last.At),
            Flags = StopFlags(stop, now),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var commit = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Transactions.Add(orphan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A copy of the same orphan stop was kept meanwhile; otherwise the database failed and that is the error.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            if (await FindAsync(again, stop, cancellationToken) is not { } kept)
            {
                throw;
            }

            return (kept.Id, StopResult.Repeated);
        }

        db.MeterSamples.AddRange(SampleRows.Create(stop.StationId, null, null, stop.StationTransactionId, orphan.Id, now, stop.TransactionData));
        await db.SaveChangesAsync(cancellationToken);
        await commit.CommitAsync(cancellationToken);
        LogOrphan(logger, stop.StationId, stop.StationTransactionId, orphan.Id);
        metrics.Orphaned();
        return (orphan.Id, StopResult.Orphaned);
    }

    private static Task<ChargingTransaction?> FindAsync(TransactionsDbContext db, TransactionStop stop, CancellationToken cancellationToken) =>
        db.Transactions.AsNoTracking()
            .SingleOrDefaultAsync(t => t.StationId == stop.StationId && t.StationTransactionId == stop.StationTransactionId, cancellationToken);

    /// <summary>The stop's time and its transaction data's sample times against the receive time.</summary>
    private static TransactionFlags StopFlags(TransactionStop stop, DateTime now) =>
        DataFlags.Timestamps(stop.TransactionData.Select(s => s.SampledAt).Append(stop.StoppedAt), now);

    /// <summary>The stop's own register value is a reading at the stop time; its transaction data may hold later ones.</summary>
    private static EnergyReading LastReading(TransactionStop stop) =>
        EnergyRegister.Later(new EnergyReading(stop.MeterStopWh, stop.StoppedAt), EnergyRegister.Newest(stop.TransactionData))!.Value;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} stopped transaction {TransactionId} at {MeterStopWh} Wh, which the CSMS completed as {StopReason}; answered, the transaction is unchanged")]
    private static partial void LogClosedLocally(ILogger logger, string stationId, string transactionId, string stopReason, decimal meterStopWh);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} stopped transaction {TransactionId}, which is unknown; answered and kept as orphan {Id}")]
    private static partial void LogOrphan(ILogger logger, string stationId, string transactionId, long id);
}
