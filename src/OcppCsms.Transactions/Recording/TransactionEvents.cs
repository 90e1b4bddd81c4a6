using OcppCsms.Authorization.Contracts;
using OcppCsms.Transactions.Model;
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
/// station would retry and finally drop the event (OCPP 2.0.1 E04, the transaction happened either way). The event, its
/// meter values and its transaction's new state are committed together by <see cref="TransactionEventWriter"/>; what
/// asks other modules (the token's verdict, the reservation it uses) happens here, before and after that commit.
/// </summary>
internal sealed class TransactionEvents(
    TransactionEventWriter writer,
    IIdTagAuthorizer authorizer,
    ReservationUses reservationUses,
    LocalStops localStops,
    TimeProvider clock)
{
    public async Task<TransactionEventOutcome> RecordAsync(TransactionEventReport report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (report.Event.Kind == TransactionEventKind.Started)
        {
            // Before the verdict, as for a 1.6 start: the superseded transaction must not make its token ConcurrentTx. A
            // copy of the start closes nothing more: what the first closed is no longer active, and a newer start is later.
            await localStops.SupersedeAsync(
                report.StationId, report.EvseId, report.ConnectorId, report.StationTransactionId, report.Event.Timestamp, cancellationToken);
        }

        // Asked before the writer knows whether the event is a copy; a copy is answered the verdict kept with its first.
        var verdict = report.Event.IdToken is { } idToken ? await JudgeAsync(report, idToken, cancellationToken) : null;
        var write = new TransactionEventWrite(report, verdict, now);
        await writer.WriteAsync(write, cancellationToken);
        var outcome = write.Outcome;
        if (!outcome.Repeated && report.ReservationId is { } reservationId)
        {
            // OCPP 2.0.1 reservations are made for an EVSE (H01).
            var transaction = outcome.Transaction;
            await reservationUses.ConsumeAsync(transaction, transaction.EvseId ?? transaction.ConnectorId ?? 0, reservationId, cancellationToken);
        }

        return outcome;
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
}
