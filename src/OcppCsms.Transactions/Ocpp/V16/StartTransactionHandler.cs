using System.Globalization;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §4.8 StartTransaction: recorded whatever the tag's status and answered with a transaction id (allocated
/// here, an integer) and the tag's idTagInfo. Never a CALLERROR for a business reason: the station would retry and
/// finally drop the message (§3.7, §4.8), and the transaction happened either way.
/// </summary>
internal sealed class StartTransactionHandler(TransactionStarts starts)
    : OcppCallHandler<StartTransactionRequest, StartTransactionResponse>(V16JsonContext.Default.StartTransactionRequest, V16JsonContext.Default.StartTransactionResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "StartTransaction";

    protected override async ValueTask<StartTransactionResponse> HandleAsync(OcppCall call, StartTransactionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await starts.StartAsync(
            new TransactionStart(call.StationId, request.ConnectorId, EvseId: null, request.IdTag, request.MeterStart, request.Timestamp, request.ReservationId),
            cancellationToken);
        return new StartTransactionResponse
        {
            IdTagInfo = V16IdTagInfo.From(outcome.Verdict),
            TransactionId = int.Parse(outcome.StationTransactionId, CultureInfo.InvariantCulture),
        };
    }
}
