using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 L01/L02 FirmwareStatusNotification: the progress of an UpdateFirmware with its requestId (L01.FR.20),
/// kept as a firmware report beside the 1.6 ones.
/// </summary>
internal sealed class FirmwareStatusNotificationHandler(FirmwareReports reports)
    : FirmwareReportHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>(reports, FirmwareReportKind.Firmware,
        V201JsonContext.Default.FirmwareStatusNotificationRequest, V201JsonContext.Default.FirmwareStatusNotificationResponse, new FirmwareStatusNotificationResponse())
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "FirmwareStatusNotification";

    protected override (string Status, int? RequestId) Read(FirmwareStatusNotificationRequest request) => (request.Status.ToString(), request.RequestId);
}
