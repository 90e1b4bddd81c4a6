using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>OCPP 1.6 §4.5 FirmwareStatusNotification: the progress of an UpdateFirmware, kept as a firmware report.</summary>
internal sealed class FirmwareStatusNotificationHandler(FirmwareReports reports)
    : FirmwareReportHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>(reports, FirmwareReportKind.Firmware,
        V16JsonContext.Default.FirmwareStatusNotificationRequest, V16JsonContext.Default.FirmwareStatusNotificationResponse, new FirmwareStatusNotificationResponse())
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "FirmwareStatusNotification";

    protected override (string Status, int? RequestId) Read(FirmwareStatusNotificationRequest request) => (request.Status.ToString(), null);
}
