using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.DeviceModel;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 B07/B08 NotifyReport: each part of a report the CSMS asked for (GetBaseReport/GetReport, whose requestId
/// it repeats) is kept as it arrives — a report of many parts (<c>tbc</c> true until the last, <c>seqNo</c> from 0) upserts
/// the device model part by part, each row naming the report's requestId (see <see cref="DeviceModelStore"/>).
/// </summary>
internal sealed class NotifyReportHandler(DeviceModelStore store)
    : OcppCallHandler<NotifyReportRequest, NotifyReportResponse>(V201JsonContext.Default.NotifyReportRequest, V201JsonContext.Default.NotifyReportResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "NotifyReport";

    protected override async ValueTask<NotifyReportResponse> HandleAsync(OcppCall call, NotifyReportRequest request, CancellationToken cancellationToken)
    {
        await store.RecordReportAsync(call.StationId, request.RequestId, request.ReportData?.Select(DeviceModelMapping.Reported).ToList() ?? [], cancellationToken);
        return new NotifyReportResponse();
    }
}
