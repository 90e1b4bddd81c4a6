using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 L03 PublishFirmwareStatusNotification: a Local Controller's progress publishing a firmware file, kept as a
/// firmware publication report with its requestId and, once Published, the URIs it serves the file at (L03.FR.04).
/// </summary>
internal sealed class PublishFirmwareStatusNotificationHandler(FirmwareReports reports)
    : OcppCallHandler<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse>(
        V201JsonContext.Default.PublishFirmwareStatusNotificationRequest, V201JsonContext.Default.PublishFirmwareStatusNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "PublishFirmwareStatusNotification";

    protected override async ValueTask<PublishFirmwareStatusNotificationResponse> HandleAsync(
        OcppCall call, PublishFirmwareStatusNotificationRequest request, CancellationToken cancellationToken)
    {
        await reports.RecordAsync(
            call.StationId, FirmwareReportKind.FirmwarePublication, request.Status.ToString(), request.RequestId, request.Location, cancellationToken);
        return new PublishFirmwareStatusNotificationResponse();
    }
}
