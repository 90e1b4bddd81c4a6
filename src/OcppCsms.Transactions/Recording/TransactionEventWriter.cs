using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Authorization.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Transactions.Metrics;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;
using OcppCsms.Transactions.Reconciliation;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Stores transaction events in group commits (ADR 0018, "One unit of work per batch of transaction events"): one
/// database transaction per batch reads the batch's transactions and all their events (two queries), creates the rows of
/// transactions heard of for the first time, adds every new event with its sampled values, and brings each transaction
/// in line with all its events — so an event is kept, its meter values stored and its transaction reconciled together
/// or not at all, and SQLite's single writer takes one commit for many stations' events. Being the only writer of
/// transaction events, it sees every earlier event of a transaction, copies within one batch included; the unique event
/// index still guards against another process. The reconciled update is conditional on the status read, so a local
/// stop committing meanwhile (<see cref="LocalStops"/>, PostgreSQL's concurrent writers) is read again, not overwritten.
/// A batch the database refuses is retried event by event, so one event that cannot be stored fails only its own call.
/// </summary>
internal sealed partial class TransactionEventWriter(
    IDbContextFactory<TransactionsDbContext> contexts,
    IEventPublisher events,
    TransactionMetrics transactionMetrics,
    IOptions<TransactionOperationsOptions> options,
    PersistenceMetrics metrics,
    ILogger<TransactionEventWriter> logger)
    : GroupCommitWriter<TransactionsDbContext, TransactionEventWrite>(contexts, metrics, logger, capacity: 10_000, maxBatch: 500)
{
    /// <summary>How often a reconciliation is redone when a local stop moved the transaction's status meanwhile.</summary>
    private const int ReconcileAttempts = 5;

    protected override string Name => "transaction events";

    protected override async Task CommitAsync(TransactionsDbContext db, IReadOnlyList<TransactionEventWrite> items, CancellationToken cancellationToken)
    {
        try
        {
            await CommitTogetherAsync(db, items, cancellationToken);
        }
        catch (Exception exception) when (items.Count > 1 && exception is not OperationCanceledException)
        {
            LogBatchRefused(logger, exception, items.Count);
            foreach (var item in items)
            {
                try
                {
                    // The refused batch was rolled back; what it added is forgotten before each try.
                    db.ChangeTracker.Clear();
                    await CommitTogetherAsync(db, [item], cancellationToken);
                }
                catch (Exception itemException) when (itemException is not OperationCanceledException)
                {
                    item.Fail(itemException);
                }
            }
        }
    }

    private async Task CommitTogetherAsync(TransactionsDbContext db, IReadOnlyList<TransactionEventWrite> items, CancellationToken cancellationToken)
    {
        var maxPowerKw = options.Value.MaxPlausiblePowerKw;
        // Microsoft.Data.Sqlite begins IMMEDIATE: the reads below already hold SQLite's write lock, so nothing changes under them.
        await using var commit = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await ReadAsync(db, items, cancellationToken);
        if (batch.Values.Any(t => t.Created))
        {
            // Their ids link the sampled values.
            await db.SaveChangesAsync(cancellationToken);
        }

        var outcomes = new List<(TransactionEventWrite Item, BatchedTransaction Transaction, bool Repeated, IdTagVerdict? Verdict)>(items.Count);
        foreach (var item in items)
        {
            var report = item.Report;
            var transaction = batch[(report.StationId, report.StationTransactionId)];
            transaction.Reports.Add(report);
            if (transaction.Entries.Find(e => e.SeqNo == report.Event.SeqNo) is { } earlier)
            {
                // OCPP 2.0.1 E01.FR.07 (a seqNo names one event): answered as the first copy was, nothing added.
                outcomes.Add((item, transaction, true, TransactionEventEntries.Verdict(earlier)));
                continue;
            }

            var entry = TransactionEventEntries.Create(report, item.ReceivedAt, item.Verdict);
            db.TransactionEvents.Add(entry);
            transaction.Entries.Add(entry);
            db.MeterSamples.AddRange(SampleRows.Create(
                report.StationId, report.ConnectorId ?? 0, report.EvseId, report.StationTransactionId, transaction.Stored.Id, item.ReceivedAt, report.Samples));
            transaction.Heard(report.Samples, item.ReceivedAt, maxPowerKw);
            outcomes.Add((item, transaction, false, item.Verdict));
        }

        await db.SaveChangesAsync(cancellationToken);
        var now = items.Max(i => i.ReceivedAt);
        var after = new Dictionary<BatchedTransaction, ChargingTransaction>();
        foreach (var transaction in batch.Values)
        {
            after[transaction] = await ReconcileAsync(db, transaction, now, maxPowerKw, cancellationToken);
        }

        await commit.CommitAsync(cancellationToken);
        foreach (var (transaction, reconciled) in after)
        {
            if (transaction.Created && transaction.Reports[0].Event.Kind != TransactionEventKind.Started)
            {
                transactionMetrics.Orphaned();
            }

            // Against the status the reconciled update was conditional on: a local stop read meanwhile has published its own stop.
            Publish(transaction.Stored.Status, reconciled);
        }

        foreach (var (item, transaction, repeated, verdict) in outcomes)
        {
            if (repeated)
            {
                LogRepeated(logger, item.Report.StationId, item.Report.StationTransactionId, item.Report.Event.SeqNo);
            }

            item.Complete(new TransactionEventOutcome(transaction.Stored.Id, repeated, verdict, after[transaction]));
        }
    }

    /// <summary>The batch's transactions and all their events so far; a row is added, as Orphaned, for each transaction not heard of before.</summary>
    private static async Task<Dictionary<(string StationId, string StationTransactionId), BatchedTransaction>> ReadAsync(
        TransactionsDbContext db, IReadOnlyList<TransactionEventWrite> items, CancellationToken cancellationToken)
    {
        var stationIds = items.Select(i => i.Report.StationId).Distinct().ToList();
        var transactionIds = items.Select(i => i.Report.StationTransactionId).Distinct().ToList();
        // Either list may match rows of other pairs (another station's transaction of the same id): dropped by the pair below.
        var rows = await db.Transactions.AsNoTracking()
            .Where(t => stationIds.Contains(t.StationId) && transactionIds.Contains(t.StationTransactionId))
            .ToListAsync(cancellationToken);
        var entries = (await db.TransactionEvents.AsNoTracking()
                .Where(e => stationIds.Contains(e.StationId) && transactionIds.Contains(e.StationTransactionId))
                .ToListAsync(cancellationToken))
            .ToLookup(e => (e.StationId, e.StationTransactionId));
        var wanted = items.Select(i => (i.Report.StationId, i.Report.StationTransactionId)).ToHashSet();
        var batch = rows.Where(t => wanted.Contains((t.StationId, t.StationTransactionId))).ToDictionary(
            t => (t.StationId, t.StationTransactionId),
            t => new BatchedTransaction(t, entries[(t.StationId, t.StationTransactionId)].ToList(), created: false));
        foreach (var item in items)
        {
            var report = item.Report;
            if (!batch.ContainsKey((report.StationId, report.StationTransactionId)))
            {
                var row = NewTransaction(report, item.ReceivedAt);
                db.Transactions.Add(row);
                batch[(report.StationId, report.StationTransactionId)] = new BatchedTransaction(row, [], created: true);
            }
        }

        return batch;
    }

    /// <summary>The row of a transaction created by the first of its events to arrive, Orphaned until its Started event is in.</summary>
    private static ChargingTransaction NewTransaction(TransactionEventReport report, DateTime receivedAt) => new()
    {
        StationId = report.StationId,
        StationTransactionId = report.StationTransactionId,
        Status = TransactionStatus.Orphaned,
        ConnectorId = report.ConnectorId,
        EvseId = report.EvseId,
        ReservationId = report.ReservationId,
        RemoteStartId = report.RemoteStartId,
        StartReceivedAt = report.Event.Kind == TransactionEventKind.Started ? receivedAt : null,
        LastActivityAt = receivedAt,
    };

    /// <summary>Brings the transaction's row in line with all its events and what their sampled values said.</summary>
    /// <returns>The transaction as committed.</returns>
    private async Task<ChargingTransaction> ReconcileAsync(
        TransactionsDbContext db, BatchedTransaction transaction, DateTime now, decimal maxPowerKw, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = transaction.Stored;
            if (before.Status == TransactionStatus.Completed && LocalStopReasons.IsLocal(before.StopReason))
            {
                // Closed here (superseded or force-stopped): its stop values are final and may be billed already. The
                // station's later events are kept as they came, with their sampled values, and change nothing else.
                foreach (var report in transaction.Reports)
                {
                    LogClosedLocally(logger, before.StationId, before.StationTransactionId, report.Event.SeqNo, before.StopReason!);
                }

                if (transaction.LastReceivedAt is not null)
                {
                    await UpdateAsync(db, transaction, reconciled: null, transaction.NewestSample, cancellationToken);
                }

                return before;
            }

            var reconciled = TransactionReconciler.Reconcile(transaction.Entries.Select(TransactionEventEntries.Fact));
            var newest = EnergyRegister.Later(reconciled.LastEnergy, transaction.NewestSample);
            var after = Reconciled(before, reconciled, transaction, newest, now, maxPowerKw);
            if (await UpdateAsync(db, transaction, after, newest, cancellationToken) > 0)
            {
                return after;
            }

            if (attempt == ReconcileAttempts)
            {
                throw new InvalidOperationException($"Transaction {before.StationTransactionId} of station {before.StationId} kept changing while it was reconciled.");
            }

            transaction.Stored = await db.Transactions.AsNoTracking().SingleAsync(t => t.Id == before.Id, cancellationToken);
        }
    }

    /// <summary>
    /// The row as the events say it is; where it happened and why (EVSE, reservation, remote start) is kept from the
    /// first event that named it.
    /// </summary>
    private static ChargingTransaction Reconciled(
        ChargingTransaction before, ReconciledTransaction reconciled, BatchedTransaction transaction, EnergyReading? newest, DateTime now, decimal maxPowerKw)
    {
        var (entries, reports) = (transaction.Entries, transaction.Reports);
        // As the update below leaves them: the newer register reading, the later activity.
        var latest = EnergyRegister.Later(before is { LatestEnergyWh: { } wh, LatestEnergyAt: { } at } ? new EnergyReading(wh, at) : null, newest);
        var heard = transaction.LastReceivedAt;
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
            ConnectorId = before.ConnectorId ?? reports.Find(r => r.ConnectorId is not null)?.ConnectorId,
            EvseId = before.EvseId ?? reports.Find(r => r.EvseId is not null)?.EvseId,
            ReservationId = before.ReservationId ?? reports.Find(r => r.ReservationId is not null)?.ReservationId,
            RemoteStartId = before.RemoteStartId ?? reports.Find(r => r.RemoteStartId is not null)?.RemoteStartId,
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
            LatestEnergyWh = latest?.Wh,
            LatestEnergyAt = latest is { } reading ? StationTime.Stored(reading.At) : null,
            LastActivityAt = heard is not null && (before.LastActivityAt is null || before.LastActivityAt < heard) ? heard : before.LastActivityAt,
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

    /// <summary>
    /// One statement per transaction: the reconciled values unless <paramref name="reconciled"/> is null, the newest
    /// register reading when it is newer than the kept one, the last activity and the flags — each column's condition
    /// reads the row as it is, as a meter-values batch's update does, so the two writers keep each other's work.
    /// </summary>
    /// <returns>0 when a local stop changed the transaction's status since it was read.</returns>
    private static Task<int> UpdateAsync(
        TransactionsDbContext db, BatchedTransaction transaction, ChargingTransaction? reconciled, EnergyReading? newest, CancellationToken cancellationToken)
    {
        var id = transaction.Stored.Id;
        var status = transaction.Stored.Status;
        var flags = transaction.SampleFlags | (reconciled?.Flags ?? TransactionFlags.None);
        var row = reconciled is null ? db.Transactions.Where(t => t.Id == id) : db.Transactions.Where(t => t.Id == id && t.Status == status);
        return row.ExecuteUpdateAsync(set =>
        {
            // Added to, never replaced: a meter-values batch adds the flags of its samples.
            set.SetProperty(t => t.Flags, t => t.Flags | flags);
            if (transaction.LastReceivedAt is { } receivedAt)
            {
                set.SetProperty(t => t.LastActivityAt, t => t.LastActivityAt == null || t.LastActivityAt < receivedAt ? receivedAt : t.LastActivityAt);
            }

            if (newest is { } reading)
            {
                var at = StationTime.Stored(reading.At);
                set.SetProperty(t => t.LatestEnergyWh, t => t.LatestEnergyAt == null || t.LatestEnergyAt < at ? reading.Wh : t.LatestEnergyWh)
                    .SetProperty(t => t.LatestEnergyAt, t => t.LatestEnergyAt == null || t.LatestEnergyAt < at ? at : t.LatestEnergyAt);
            }

            if (reconciled is not null)
            {
                set.SetProperty(t => t.Status, reconciled.Status)
                    .SetProperty(t => t.ConnectorId, reconciled.ConnectorId)
                    .SetProperty(t => t.EvseId, reconciled.EvseId)
                    .SetProperty(t => t.ReservationId, reconciled.ReservationId)
                    .SetProperty(t => t.RemoteStartId, reconciled.RemoteStartId)
                    .SetProperty(t => t.IdTag, reconciled.IdTag)
                    .SetProperty(t => t.StartIdTagStatus, reconciled.StartIdTagStatus)
                    .SetProperty(t => t.StartParentIdTag, reconciled.StartParentIdTag)
                    .SetProperty(t => t.StartedAt, reconciled.StartedAt)
                    .SetProperty(t => t.StartReceivedAt, reconciled.StartReceivedAt)
                    .SetProperty(t => t.MeterStartWh, reconciled.MeterStartWh)
                    .SetProperty(t => t.StoppedAt, reconciled.StoppedAt)
                    .SetProperty(t => t.CompletedAt, reconciled.CompletedAt)
                    .SetProperty(t => t.MeterStopWh, reconciled.MeterStopWh)
                    .SetProperty(t => t.EnergyWh, reconciled.EnergyWh)
                    .SetProperty(t => t.StopReason, reconciled.StopReason)
                    .SetProperty(t => t.StopIdTag, reconciled.StopIdTag)
                    .SetProperty(t => t.ChargingState, reconciled.ChargingState)
                    .SetProperty(t => t.EventsComplete, reconciled.EventsComplete);
            }
        }, cancellationToken);
    }

    /// <summary>The same events, with the same data, as the 1.6 start and stop publish, so that billing and smart charging follow either.</summary>
    private void Publish(TransactionStatus before, ChargingTransaction after)
    {
        if (before == TransactionStatus.Orphaned && after.Status != TransactionStatus.Orphaned)
        {
            events.Publish(CsmsEventTypes.TransactionStarted, after.StationId, TransactionEventData.Started(after));
        }

        if (before != TransactionStatus.Completed && after.Status == TransactionStatus.Completed)
        {
            events.Publish(CsmsEventTypes.TransactionStopped, after.StationId, TransactionEventData.Stopped(after));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database refused a batch of {Count} transaction events; each is stored on its own")]
    private static partial void LogBatchRefused(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} sent event {SeqNo} of transaction {TransactionId}, which the CSMS completed as {StopReason}; kept and answered, the transaction is unchanged")]
    private static partial void LogClosedLocally(ILogger logger, string stationId, string transactionId, int seqNo, string stopReason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} sent event {SeqNo} of transaction {TransactionId} again; answered as before")]
    private static partial void LogRepeated(ILogger logger, string stationId, string transactionId, int seqNo);
}
