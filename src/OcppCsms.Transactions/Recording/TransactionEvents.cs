using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Authorization.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Transactions.Metrics;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;
using OcppCsms.Transactions.Reconciliation;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Records transaction events (OCPP 2.0.1 E01–E15) and keeps each transaction reconciled with all its events so far.
/// The transaction's row is created by whichever event arrives first; until its Started event arrives it is Orphaned
/// (kept and shown, never billed), then Active, and Completed once its Ended event has arrived too — only then are the
/// start and end registers both known, so only then is TransactionStopped published (once: the move to Completed is a
/// conditional update). A copy of an event (same station, transaction id and seqNo) is answered as the first one was
/// and changes nothing; the unique event index makes that hold across restarts and racing copies. A transaction the CSMS
/// completed itself (<see cref="LocalStopReasons"/>) stays as it was closed, whatever events follow. Never refused: the
/// station would retry and finally drop the event (OCPP 2.0.1 E04, the transaction happened either way).
/// </summary>
internal sealed partial class TransactionEvents(
    IDbContextFactory<TransactionsDbContext> contexts,
    MeterValueWriter meterValues,
    IIdTagAuthorizer authorizer,
    ReservationUses reservationUses,
    LocalStops localStops,
    IEventPublisher events,
    TransactionMetrics metrics,
    IOptions<TransactionOperationsOptions> options,
    TimeProvider clock,
    ILogger<TransactionEvents> logger)
{
    /// <summary>How often a reconciliation is redone when another event of the same transaction moved its status meanwhile.</summary>
    private const int ReconcileAttempts = 5;

    public async Task<TransactionEventOutcome> RecordAsync(TransactionEventReport report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await FindEntryAsync(report, cancellationToken) is { } earlier)
        {
            return await RepeatedAsync(report, earlier, now, cancellationToken);
        }

        if (report.Event.Kind == TransactionEventKind.Started)
        {
            // Before the verdict, as for a 1.6 start: the superseded transaction must not make its token ConcurrentTx.
            await localStops.SupersedeAsync(
                report.StationId, report.EvseId, report.ConnectorId, report.StationTransactionId, report.Event.Timestamp, cancellationToken);
        }

        var verdict = report.Event.IdToken is { } idToken ? await JudgeAsync(report, idToken, cancellationToken) : null;
        var transactionId = await EnsureTransactionAsync(report, now, cancellationToken);
        var entry = TransactionEventEntries.Create(report, now, verdict);
        if (!await TryAddAsync(entry, cancellationToken))
        {
            // A copy of the event was recorded meanwhile.
            return await RepeatedAsync(report, (await FindEntryAsync(report, cancellationToken))!, now, cancellationToken);
        }

        await meterValues.WriteAsync(
            new MeterReport(report.StationId, report.ConnectorId ?? 0, report.EvseId, report.StationTransactionId, report.Samples, now),
            cancellationToken);
        var transaction = await ReconcileAsync(transactionId, report, now, cancellationToken);
        if (report.ReservationId is { } reservationId)
        {
            // OCPP 2.0.1 reservations are made for an EVSE (H01).
            await reservationUses.ConsumeAsync(transaction, transaction.EvseId ?? transaction.ConnectorId ?? 0, reservationId, cancellationToken);
        }

        return new TransactionEventOutcome(transactionId, Repeated: false, verdict);
    }

    /// <summary>
    /// OCPP 2.0.1 E01.FR.11/12: the token's verdict. ConcurrentTx is for the Started event only (part 2
    /// AuthorizationStatusEnumType): a later event's token — the one that authorized this very transaction after its
    /// start, or ends its authorization (E07.FR.02) — is not refused for being in a transaction.
    /// </summary>
    private async Task<IdTagVerdict> JudgeAsync(TransactionEventReport report, string idToken, CancellationToken cancellationToken)
    {
        var verdict = await authorizer.AuthorizeAsync(report.StationId, idToken, cancellationToken);
        return verdict.Status == IdTagStatus.ConcurrentTx && report.Event.Kind != TransactionEventKind.Started
            ? verdict with { Status = IdTagStatus.Accepted }
            : verdict;
    }

    /// <summary>
    /// A copy is answered as its first was. It reconciles the transaction again, which changes nothing unless the first
    /// copy was kept but not yet reconciled (the CSMS stopped in between): the station's retry then finishes the work.
    /// </summary>
    private async Task<TransactionEventOutcome> RepeatedAsync(TransactionEventReport report, TransactionEventEntry earlier, DateTime now, CancellationToken cancellationToken)
    {
        var id = (await FindTransactionIdAsync(report, cancellationToken))!.Value;
        await ReconcileAsync(id, report, now, cancellationToken);
        LogRepeated(logger, report.StationId, report.StationTransactionId, report.Event.SeqNo);
        return new TransactionEventOutcome(id, Repeated: true, TransactionEventEntries.Verdict(earlier));
    }

    /// <returns>The id of the transaction's row, created as Orphaned by the first event of the transaction to arrive.</returns>
    private async Task<long> EnsureTransactionAsync(TransactionEventReport report, DateTime now, CancellationToken cancellationToken)
    {
        if (await FindTransactionIdAsync(report, cancellationToken) is { } id)
        {
            return id;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var transaction = new ChargingTransaction
        {
            StationId = report.StationId,
            StationTransactionId = report.StationTransactionId,
            Status = TransactionStatus.Orphaned,
            ConnectorId = report.ConnectorId,
            EvseId = report.EvseId,
            ReservationId = report.ReservationId,
            RemoteStartId = report.RemoteStartId,
            StartReceivedAt = report.Event.Kind == TransactionEventKind.Started ? now : null,
            LastActivityAt = now,
        };
        db.Transactions.Add(transaction);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (report.Event.Kind != TransactionEventKind.Started)
            {
                metrics.Orphaned();
            }

            return transaction.Id;
        }
        catch (DbUpdateException)
        {
            // Another event of the same transaction created it meanwhile; otherwise the database failed and that is the error.
            if (await FindTransactionIdAsync(report, cancellationToken) is { } created)
            {
                return created;
            }

            throw;
        }
    }

    private async Task<bool> TryAddAsync(TransactionEventEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.TransactionEvents.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return !await again.TransactionEvents.AnyAsync(
                e => e.StationId == entry.StationId && e.StationTransactionId == entry.StationTransactionId && e.SeqNo == entry.SeqNo, cancellationToken)
                ? throw new InvalidOperationException($"Transaction event {entry.SeqNo} of {entry.StationTransactionId} could not be stored.")
                : false;
        }
    }

    /// <summary>
    /// Brings the transaction's row in line with all its events, and publishes what changed: TransactionStarted when its
    /// Started event has just arrived, TransactionStopped when it has just become Completed.
    /// </summary>
    private async Task<ChargingTransaction> ReconcileAsync(long transactionId, TransactionEventReport report, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var before = await db.Transactions.AsNoTracking().SingleAsync(t => t.Id == transactionId, cancellationToken);
            if (before.Status == TransactionStatus.Completed && LocalStopReasons.IsLocal(before.StopReason))
            {
                // Closed here (superseded or force-stopped): its stop values are final and may be billed already. The
                // station's later events are kept as they came, and change nothing.
                LogClosedLocally(logger, before.StationId, before.StationTransactionId, report.Event.SeqNo, before.StopReason!);
                return before;
            }

            var entries = await db.TransactionEvents.AsNoTracking()
                .Where(e => e.StationId == before.StationId && e.StationTransactionId == before.StationTransactionId)
                .ToListAsync(cancellationToken);
            var reconciled = TransactionReconciler.Reconcile(entries.Select(TransactionEventEntries.Fact));
            var after = Reconciled(before, reconciled, entries, report, now, options.Value.MaxPlausiblePowerKw);
            await using var commit = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await UpdateAsync(db, before.Status, after, cancellationToken) == 0)
            {
                if (attempt == ReconcileAttempts)
                {
                    throw new InvalidOperationException($"Transaction {before.StationTransactionId} of station {before.StationId} kept changing while it was reconciled.");
                }

                continue;
            }

            if (reconciled.LastEnergy is { } last)
            {
                await LatestEnergy.KeepIfNewerAsync(db, transactionId, last, cancellationToken);
            }

            await commit.CommitAsync(cancellationToken);
            Publish(before, after);
            return after;
        }
    }

    /// <summary>The row as the events say it is; where it happened and why (EVSE, reservation, remote start) is kept from the first event that named it.</summary>
    private static ChargingTransaction Reconciled(
        ChargingTransaction before, ReconciledTransaction reconciled, List<TransactionEventEntry> entries, TransactionEventReport report, DateTime now,
        decimal maxPowerKw)
    {
        var status = !reconciled.HasStarted ? TransactionStatus.Orphaned : reconciled.IsEnded ? TransactionStatus.Completed : TransactionStatus.Active;
        var authorizing = entries.Where(e => e.IdToken is not null).MinBy(e => e.SeqNo);
        var ended = reconciled.IsEnded ? entries.Single(e => e.SeqNo == reconciled.EndSeqNo) : null;
        var started = reconciled.HasStarted ? entries.Single(e => e.SeqNo == reconciled.StartSeqNo) : null;
        return new ChargingTransaction
        {
            Id = before.Id,
            StationId = before.StationId,
            StationTransactionId = before.StationTransactionId,
            Status = status,
            ConnectorId = before.ConnectorId ?? report.ConnectorId,
            EvseId = before.EvseId ?? report.EvseId,
            ReservationId = before.ReservationId ?? report.ReservationId,
            RemoteStartId = before.RemoteStartId ?? report.RemoteStartId,
            IdTag = reconciled.StartIdToken,
            StartIdTagStatus = authorizing is null ? null : TransactionEventEntries.Verdict(authorizing)?.Status.ToString(),
            StartParentIdTag = authorizing?.IdTokenGroup,
            StartedAt = reconciled.StartedAt,
            StartReceivedAt = started?.ReceivedAt,
            MeterStartWh = reconciled.FirstEnergy?.Wh,
            StoppedAt = reconciled.EndedAt,
            // Billing picks completed transactions by the time they became so (the index on status and completion time).
            CompletedAt = status == TransactionStatus.Completed && before.Status != TransactionStatus.Completed ? now
                : reconciled.IsEnded ? before.CompletedAt ?? now : null,
            MeterStopWh = reconciled.IsEnded ? reconciled.LastEnergy?.Wh : null,
            EnergyWh = reconciled.IsEnded ? reconciled.EnergyWh : null,
            StopReason = reconciled.StoppedReason,
            StopIdTag = ended?.IdToken,
            ChargingState = reconciled.ChargingState,
            EventsComplete = reconciled.IsComplete,
            // Each event's time against its arrival, and the register readings of all events in the station's time order.
            Flags = entries.Aggregate(TransactionFlags.None, (flags, e) => flags | DataFlags.Timestamp(e.OccurredAt, e.ReceivedAt))
                | DataFlags.Energy(entries.SelectMany(EnergyReadings), null, maxPowerKw),
        };
    }

    /// <summary>The first and last register readings an event carried (what its entry keeps of them).</summary>
    private static IEnumerable<EnergyReading> EnergyReadings(TransactionEventEntry entry)
    {
        if (entry.FirstEnergyWh is { } firstWh && entry.FirstEnergyAt is { } firstAt)
        {
            yield return new EnergyReading(firstWh, firstAt);
        }

        if (entry.LastEnergyWh is { } lastWh && entry.LastEnergyAt is { } lastAt)
        {
            yield return new EnergyReading(lastWh, lastAt);
        }
    }

    /// <returns>0 when another event of the transaction changed its status since it was read.</returns>
    private static Task<int> UpdateAsync(TransactionsDbContext db, TransactionStatus before, ChargingTransaction after, CancellationToken cancellationToken) =>
        db.Transactions
            .Where(t => t.Id == after.Id && t.Status == before)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.Status, after.Status)
                .SetProperty(t => t.ConnectorId, after.ConnectorId)
                .SetProperty(t => t.EvseId, after.EvseId)
                .SetProperty(t => t.ReservationId, after.ReservationId)
                .SetProperty(t => t.RemoteStartId, after.RemoteStartId)
                .SetProperty(t => t.IdTag, after.IdTag)
                .SetProperty(t => t.StartIdTagStatus, after.StartIdTagStatus)
                .SetProperty(t => t.StartParentIdTag, after.StartParentIdTag)
                .SetProperty(t => t.StartedAt, after.StartedAt)
                .SetProperty(t => t.StartReceivedAt, after.StartReceivedAt)
                .SetProperty(t => t.MeterStartWh, after.MeterStartWh)
                .SetProperty(t => t.StoppedAt, after.StoppedAt)
                .SetProperty(t => t.CompletedAt, after.CompletedAt)
                .SetProperty(t => t.MeterStopWh, after.MeterStopWh)
                .SetProperty(t => t.EnergyWh, after.EnergyWh)
                .SetProperty(t => t.StopReason, after.StopReason)
                .SetProperty(t => t.StopIdTag, after.StopIdTag)
                .SetProperty(t => t.ChargingState, after.ChargingState)
                .SetProperty(t => t.EventsComplete, after.EventsComplete)
                // Added to, never replaced: the meter-values batch adds the flags of the same events' samples.
                .SetProperty(t => t.Flags, t => t.Flags | after.Flags), cancellationToken);

    /// <summary>The same events, with the same data, as the 1.6 start and stop publish, so that billing and smart charging follow either.</summary>
    private void Publish(ChargingTransaction before, ChargingTransaction after)
    {
        if (before.Status == TransactionStatus.Orphaned && after.Status != TransactionStatus.Orphaned)
        {
            events.Publish(CsmsEventTypes.TransactionStarted, after.StationId, TransactionEventData.Started(after));
        }

        if (before.Status != TransactionStatus.Completed && after.Status == TransactionStatus.Completed)
        {
            events.Publish(CsmsEventTypes.TransactionStopped, after.StationId, TransactionEventData.Stopped(after));
        }
    }

    private async Task<TransactionEventEntry?> FindEntryAsync(TransactionEventReport report, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TransactionEvents.AsNoTracking().SingleOrDefaultAsync(
            e => e.StationId == report.StationId && e.StationTransactionId == report.StationTransactionId && e.SeqNo == report.Event.SeqNo, cancellationToken);
    }

    private async Task<long?> FindTransactionIdAsync(TransactionEventReport report, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Transactions.Where(t => t.StationId == report.StationId && t.StationTransactionId == report.StationTransactionId)
            .Select(t => (long?)t.Id).SingleOrDefaultAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} sent event {SeqNo} of transaction {TransactionId}, which the CSMS completed as {StopReason}; kept and answered, the transaction is unchanged")]
    private static partial void LogClosedLocally(ILogger logger, string stationId, string transactionId, int seqNo, string stopReason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} sent event {SeqNo} of transaction {TransactionId} again; answered as before")]
    private static partial void LogRepeated(ILogger logger, string stationId, string transactionId, int seqNo);
}
