using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Transactions.Contracts;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Reconciliation;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 E01–E15 TransactionEvent: every event recorded and reconciled with the others of its transaction
/// (duplicates by seqNo, any arrival order, events before their Started), its meter values stored, and answered with
/// idTokenInfo when it carried an idToken (E01.FR.12). Never a CALLERROR for a business reason: an event of a
/// transaction never started here is answered and kept. The answer to the Ended event carries the final totalCost when
/// billing knows it (I03.FR.02; 0.00 for a free session, I03.FR.04), the answer to an Updated event the running cost
/// (I02.FR.01) — <paramref name="costs"/> is absent without billing.
/// </summary>
internal sealed partial class TransactionEventHandler(
    TransactionEvents transactionEvents, ILogger<TransactionEventHandler> logger, ITransactionCosts? costs = null)
    : OcppCallHandler<TransactionEventRequest, TransactionEventResponse>(V201JsonContext.Default.TransactionEventRequest, V201JsonContext.Default.TransactionEventResponse)
{
    private static readonly TransactionEventResponse Answer = new();

    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "TransactionEvent";

    protected override async ValueTask<TransactionEventResponse> HandleAsync(OcppCall call, TransactionEventRequest request, CancellationToken cancellationToken)
    {
        var info = request.TransactionInfo;
        var samples = V201Samples.From(request.MeterValue);
        var kind = request.EventType switch
        {
            TransactionEventEnumType.Started => TransactionEventKind.Started,
            TransactionEventEnumType.Ended => TransactionEventKind.Ended,
            _ => TransactionEventKind.Updated,
        };
        // OCPP 2.0.1 E07.FR.04: an Ended event may omit stoppedReason only when it is Local.
        var stoppedReason = info.StoppedReason ?? (kind == TransactionEventKind.Ended ? ReasonEnumType.Local : null);
        var fact = new TransactionEventFact(
            request.SeqNo,
            kind,
            request.Timestamp,
            WireName.Of(request.TriggerReason),
            info.ChargingState is { } chargingState ? WireName.Of(chargingState) : null,
            EnergyRegister.Readings(samples).ToList(),
            request.IdToken?.IdToken,
            stoppedReason is { } reason ? WireName.Of(reason) : null,
            request.Offline ?? false);
        var outcome = await transactionEvents.RecordAsync(
            new TransactionEventReport(
                call.StationId, info.TransactionId, request.Evse?.Id, request.Evse?.ConnectorId, fact, samples, request.ReservationId, info.RemoteStartId),
            cancellationToken);
        var totalCost = kind switch
        {
            TransactionEventKind.Ended => await FinalTotalAsync(outcome.Transaction, cancellationToken),
            TransactionEventKind.Updated => await RunningTotalAsync(outcome.Transaction, request.Timestamp, cancellationToken),
            _ => null,
        };
        return outcome.Verdict is null && totalCost is null
            ? Answer
            : new TransactionEventResponse { IdTokenInfo = outcome.Verdict is { } verdict ? V201IdTokenInfo.From(verdict) : null, TotalCost = totalCost };
    }

    /// <summary>
    /// OCPP 2.0.1 I02 (alternative scenario): the running cost as of the Updated event's timestamp and meter values; null
    /// unless the transaction is active and billing knows the cost. The event is recorded by now, so a failure to price
    /// it omits totalCost (as the Ended answer does) instead of failing the answer. The transaction is the one the
    /// event's commit left: no second read.
    /// </summary>
    private async Task<decimal?> RunningTotalAsync(ChargingTransaction transaction, DateTime at, CancellationToken cancellationToken)
    {
        try
        {
            return costs is not null && transaction.Status == TransactionStatus.Active
                ? (await costs.RunningCostAsync(BillableTransactions.From(transaction), at, cancellationToken))?.Total
                : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RunningCostFailed(logger, exception, transaction.Id);
            return null;
        }
    }

    /// <summary>Null while the transaction is not completed (its Started event has not arrived) or billing does not know the total.</summary>
    private async Task<decimal?> FinalTotalAsync(ChargingTransaction transaction, CancellationToken cancellationToken) =>
        costs is not null && transaction.Status == TransactionStatus.Completed
            ? await costs.FinalTotalAsync(BillableTransactions.From(transaction), cancellationToken)
            : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not price the running cost of transaction {TransactionId}; its TransactionEvent is answered without totalCost")]
    private static partial void RunningCostFailed(ILogger logger, Exception exception, long transactionId);
}
