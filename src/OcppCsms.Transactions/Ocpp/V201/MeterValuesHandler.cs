using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 J01 MeterValues: meter values outside any transaction (those of a transaction come in TransactionEvent),
/// every sampled value stored unlinked with its EVSE (0 = the station's main meter) and answered once its group commit
/// is durable.
/// </summary>
internal sealed class MeterValuesHandler(MeterReports reports, TimeProvider clock)
    : OcppCallHandler<MeterValuesRequest, MeterValuesResponse>(V201JsonContext.Default.MeterValuesRequest, V201JsonContext.Default.MeterValuesResponse)
{
    private static readonly MeterValuesResponse Answer = new();

    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "MeterValues";

    protected override async ValueTask<MeterValuesResponse> HandleAsync(OcppCall call, MeterValuesRequest request, CancellationToken cancellationToken)
    {
        await reports.RecordAsync(
            new MeterReport(
                call.StationId, ConnectorId: null, request.EvseId, StationTransactionId: null, V201Samples.From(request.MeterValue), clock.GetUtcNow().UtcDateTime),
            cancellationToken);
        return Answer;
    }
}
