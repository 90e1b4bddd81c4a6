using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §4.9 StatusNotification (§6.47): the status of a connector, or with connector 0 of the Charge Point itself,
/// kept with its error code and vendor details (see <see cref="StatusWriter"/>). A notification without a timestamp is
/// taken as of its receipt.
/// </summary>
internal sealed class StatusNotificationHandler(StatusWriter writer, TimeProvider clock)
    : OcppCallHandler<StatusNotificationRequest, StatusNotificationResponse>(V16JsonContext.Default.StatusNotificationRequest, V16JsonContext.Default.StatusNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "StatusNotification";

    protected override async ValueTask<StatusNotificationResponse> HandleAsync(OcppCall call, StatusNotificationRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await writer.WriteAsync(new StatusHistoryEntry
        {
            StationId = call.StationId,
            ConnectorId = request.ConnectorId,
            Status = request.Status.ToString(),
            ErrorCode = request.ErrorCode.ToString(),
            Info = request.Info,
            VendorId = request.VendorId,
            VendorErrorCode = request.VendorErrorCode,
            Timestamp = request.Timestamp ?? now,
            ReceivedAt = now,
        }, cancellationToken);
        return new StatusNotificationResponse();
    }
}
