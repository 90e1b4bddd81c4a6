using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>OCPP 1.6 security whitepaper §5.13 LogStatusNotification: the progress of a GetLog upload, with its requestId (N01.FR.07).</summary>
internal sealed class LogStatusNotificationHandler(FirmwareReports reports)
    : FirmwareReportHandler<LogStatusNotificationRequest, LogStatusNotificationResponse>(reports, FirmwareReportKind.Log,
        V16JsonContext.Default.LogStatusNotificationRequest, V16JsonContext.Default.LogStatusNotificationResponse, new LogStatusNotificationResponse())
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "LogStatusNotification";

    protected override (string Status, int? RequestId) Read(LogStatusNotificationRequest request) => (request.Status.ToString(), request.RequestId);
}
