using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Records transaction starts. OCPP 1.6 §4.8: the start is recorded whatever the verdict on its tag — the station may
/// have started offline and decides itself whether to stop (§3.7) — and answered with that verdict. A start sent again
/// because its answer was lost (same station, connector, tag, meter start and time) is the same start: its first
/// answer is given again and nothing is added: the unique start index recognises it when its row is inserted, so a new
/// start costs no look-up first, and two racing copies are told apart the same way. A new start first completes the
/// transaction still active on its connector as Superseded (<see cref="LocalStops"/>); a copy closes nothing more, as
/// its first copy's transaction started at the same time, not before.
/// </summary>
internal sealed partial class TransactionStarts(
    IDbContextFactory<TransactionsDbContext> contexts,
    IIdTagAuthorizer authorizer,
    ReservationUses reservationUses,
    LocalStops localStops,
    IEventPublisher events,
    TimeProvider clock,
    ILogger<TransactionStarts> logger)
{
    /// <summary>Allocated ids that collide with one already in use before the start gives up (each try is a 1 in 2^31 chance).</summary>
    private const int AllocationAttempts = 5;

    public async Task<StartOutcome> StartAsync(TransactionStart start, CancellationToken cancellationToken)
    {
        start = start with { StartedAt = StationTime.Stored(start.StartedAt) };
        // Before the verdict: the superseded transaction must not make the tag that starts again on its connector ConcurrentTx.
        await localStops.SupersedeAsync(start.StationId, start.EvseId, start.ConnectorId, start.StationTransactionId, start.StartedAt, cancellationToken);
        // Asked before the row exists: the tag's own new transaction must not make it ConcurrentTx. A copy is answered the
        // verdict kept with its first.
        var verdict = await authorizer.AuthorizeAsync(start.StationId, start.IdTag, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var transaction = NewTransaction(start, verdict, start.StationTransactionId ?? TransactionIds.Allocate(), clock.GetUtcNow().UtcDateTime);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Transactions.Add(transaction);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                if (await FindAsync(start, cancellationToken) is { } winner)
                {
                    // A copy of the same start was recorded before, or meanwhile.
                    return Repeated(winner);
                }

                if (start.StationTransactionId is not null || attempt == AllocationAttempts
                    || !await IsTakenAsync(start.StationId, transaction.StationTransactionId, cancellationToken))
                {
                    // Not a collision this start can resolve (the database failed otherwise): that error is the one to report.
                    throw;
                }

                continue;
            }

            await AfterCommitAsync(transaction, verdict, cancellationToken);
            return new StartOutcome(transaction.Id, transaction.StationTransactionId, verdict, Repeated: false);
        }
    }

    private static ChargingTransaction NewTransaction(TransactionStart start, IdTagVerdict verdict, string stationTransactionId, DateTime now) => new()
    {
        StationId = start.StationId,
        ConnectorId = start.ConnectorId,
        EvseId = start.EvseId,
        StationTransactionId = stationTransactionId,
        Status = TransactionStatus.Active,
        IdTag = start.IdTag,
        StartIdTagStatus = verdict.Status.ToString(),
        StartParentIdTag = verdict.ParentIdTag,
        ReservationId = start.ReservationId,
        StartedAt = start.StartedAt,
        StartReceivedAt = now,
        LastActivityAt = now,
        Flags = DataFlags.Timestamp(start.StartedAt, now),
        MeterStartWh = start.MeterStartWh,
        // The start's meter value is the first register reading; later samples replace it.
        LatestEnergyWh = start.MeterStartWh,
        LatestEnergyAt = start.StartedAt,
    };

    /// <summary>What follows a new start's commit: the reservation it consumes, and the event.</summary>
    private async Task AfterCommitAsync(ChargingTransaction transaction, IdTagVerdict verdict, CancellationToken cancellationToken)
    {
        if (verdict.Status != IdTagStatus.Accepted)
        {
            LogStartedWithRefusedTag(logger, transaction.StationId, transaction.StationTransactionId, verdict.Status);
        }

        if (transaction.ReservationId is { } reservationId)
        {
            await reservationUses.ConsumeAsync(transaction, transaction.ConnectorId!.Value, reservationId, cancellationToken);
        }

        events.Publish(CsmsEventTypes.TransactionStarted, transaction.StationId, TransactionEventData.Started(transaction));
    }

    private async Task<ChargingTransaction?> FindAsync(TransactionStart start, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var transactions = db.Transactions.AsNoTracking().Where(t => t.StationId == start.StationId);
        return start.StationTransactionId is { } stationTransactionId
            ? await transactions.SingleOrDefaultAsync(t => t.StationTransactionId == stationTransactionId, cancellationToken)
            : await transactions.SingleOrDefaultAsync(t => t.ConnectorId == start.ConnectorId && t.IdTag == start.IdTag
                && t.MeterStartWh == start.MeterStartWh && t.StartedAt == start.StartedAt, cancellationToken);
    }

    private async Task<bool> IsTakenAsync(string stationId, string stationTransactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Transactions.AnyAsync(t => t.StationId == stationId && t.StationTransactionId == stationTransactionId, cancellationToken);
    }

    private static StartOutcome Repeated(ChargingTransaction earlier) => new(
        earlier.Id, earlier.StationTransactionId,
        new IdTagVerdict(Enum.Parse<IdTagStatus>(earlier.StartIdTagStatus!), ParentIdTag: earlier.StartParentIdTag),
        Repeated: true);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} started transaction {TransactionId} with a tag whose status is {Status}; recorded, the station decides whether to stop")]
    private static partial void LogStartedWithRefusedTag(ILogger logger, string stationId, string transactionId, IdTagStatus status);
}
