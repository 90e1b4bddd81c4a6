using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>
/// OCPP 1.6 security whitepaper §5.19 SignedFirmwareStatusNotification: the progress of a SignedUpdateFirmware, with its
/// requestId (L01.FR.10), kept as a firmware report beside the unsigned updates' ones.
/// </summary>
internal sealed class SignedFirmwareStatusNotificationHandler(FirmwareReports reports)
    : FirmwareReportHandler<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse>(reports, FirmwareReportKind.Firmware,
        V16JsonContext.Default.SignedFirmwareStatusNotificationRequest, V16JsonContext.Default.SignedFirmwareStatusNotificationResponse,
        new SignedFirmwareStatusNotificationResponse())
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "SignedFirmwareStatusNotification";

    protected override (string Status, int? RequestId) Read(SignedFirmwareStatusNotificationRequest request) => (request.Status.ToString(), request.RequestId);
}
