using System.Globalization;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §4.10 StopTransaction: completes the transaction with its meter stop, reason (absent means Local, §6.49)
/// and transaction data; answered with idTagInfo when the stop names a tag. A repeated stop is answered alike and
/// changes nothing; a stop for an unknown transaction id is answered and kept as an orphan — never a CALLERROR.
/// </summary>
internal sealed class StopTransactionHandler(TransactionStops stops)
    : OcppCallHandler<StopTransactionRequest, StopTransactionResponse>(V16JsonContext.Default.StopTransactionRequest, V16JsonContext.Default.StopTransactionResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "StopTransaction";

    protected override async ValueTask<StopTransactionResponse> HandleAsync(OcppCall call, StopTransactionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await stops.StopAsync(
            new TransactionStop(
                call.StationId,
                request.TransactionId.ToString(CultureInfo.InvariantCulture),
                request.MeterStop,
                request.Timestamp,
                WireName.Of(request.Reason ?? Reason.Local),
                request.IdTag,
                V16Samples.From(request.TransactionData)),
            cancellationToken);
        return new StopTransactionResponse { IdTagInfo = outcome.Verdict is { } verdict ? V16IdTagInfo.From(verdict) : null };
    }
}
