using System.Globalization;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §4.7 MeterValues: every sampled value stored, linked to the transaction it names (an unknown one is stored
/// unlinked, never refused), and answered once its group commit is durable.
/// </summary>
internal sealed class MeterValuesHandler(MeterReports reports, TimeProvider clock)
    : OcppCallHandler<MeterValuesRequest, MeterValuesResponse>(V16JsonContext.Default.MeterValuesRequest, V16JsonContext.Default.MeterValuesResponse)
{
    private static readonly MeterValuesResponse Answer = new();

    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "MeterValues";

    protected override async ValueTask<MeterValuesResponse> HandleAsync(OcppCall call, MeterValuesRequest request, CancellationToken cancellationToken)
    {
        var transactionId = request.TransactionId?.ToString(CultureInfo.InvariantCulture);
        await reports.RecordAsync(
            new MeterReport(call.StationId, request.ConnectorId, EvseId: null, transactionId, V16Samples.From(request.MeterValue), clock.GetUtcNow().UtcDateTime),
            cancellationToken);
        return Answer;
    }
}
