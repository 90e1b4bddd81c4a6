using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Stations.Firmware;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>OCPP 1.6 §4.4 DiagnosticsStatusNotification: the progress of a GetDiagnostics upload.</summary>
internal sealed class DiagnosticsStatusNotificationHandler(FirmwareReports reports)
    : FirmwareReportHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>(reports, FirmwareReportKind.Diagnostics,
        V16JsonContext.Default.DiagnosticsStatusNotificationRequest, V16JsonContext.Default.DiagnosticsStatusNotificationResponse,
        new DiagnosticsStatusNotificationResponse())
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "DiagnosticsStatusNotification";

    protected override (string Status, int? RequestId) Read(DiagnosticsStatusNotificationRequest request) => (request.Status.ToString(), null);
}
