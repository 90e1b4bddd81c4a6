using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>OCPP 2.0.1 N01 LogStatusNotification: the progress of a GetLog upload with its requestId (N01.FR.07), kept as a log report.</summary>
internal sealed class LogStatusNotificationHandler(FirmwareReports reports)
    : FirmwareReportHandler<LogStatusNotificationRequest, LogStatusNotificationResponse>(reports, FirmwareReportKind.Log,
        V201JsonContext.Default.LogStatusNotificationRequest, V201JsonContext.Default.LogStatusNotificationResponse, new LogStatusNotificationResponse())
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "LogStatusNotification";

    protected override (string Status, int? RequestId) Read(LogStatusNotificationRequest request) => (request.Status.ToString(), request.RequestId);
}
