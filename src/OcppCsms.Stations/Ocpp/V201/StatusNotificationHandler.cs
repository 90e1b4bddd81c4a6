using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 G01 StatusNotification (§1.59.1): the status of one connector of one EVSE, kept in the same model as 1.6's
/// (see <see cref="StatusWriter"/>); 2.0.1 has no error code.
/// </summary>
internal sealed class StatusNotificationHandler(StatusWriter writer, TimeProvider clock)
    : OcppCallHandler<StatusNotificationRequest, StatusNotificationResponse>(V201JsonContext.Default.StatusNotificationRequest, V201JsonContext.Default.StatusNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "StatusNotification";

    protected override async ValueTask<StatusNotificationResponse> HandleAsync(OcppCall call, StatusNotificationRequest request, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(new StatusHistoryEntry
        {
            StationId = call.StationId,
            EvseId = request.EvseId,
            ConnectorId = request.ConnectorId,
            Status = request.ConnectorStatus.ToString(),
            Timestamp = request.Timestamp,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        }, cancellationToken);
        return new StatusNotificationResponse();
    }
}
