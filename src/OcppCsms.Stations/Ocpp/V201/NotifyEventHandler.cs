using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Events;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 N07/N08 NotifyEvent: every eventData kept as sent (see <see cref="StationEventLog"/>), with the part's
/// generatedAt, seqNo and tbc, and shown at <c>GET /api/v1/stations/{id}/events</c>.
/// </summary>
internal sealed class NotifyEventHandler(StationEventLog log, TimeProvider clock)
    : OcppCallHandler<NotifyEventRequest, NotifyEventResponse>(V201JsonContext.Default.NotifyEventRequest, V201JsonContext.Default.NotifyEventResponse)
{
    private static readonly NotifyEventResponse Answer = new();

    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "NotifyEvent";

    protected override async ValueTask<NotifyEventResponse> HandleAsync(OcppCall call, NotifyEventRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var events = request.EventData.Select(data => new StationEvent
        {
            Id = Guid.CreateVersion7(now),
            StationId = call.StationId,
            EventId = data.EventId,
            Timestamp = data.Timestamp,
            Trigger = data.Trigger.ToString(),
            Cause = data.Cause,
            ActualValue = data.ActualValue,
            TechCode = data.TechCode,
            TechInfo = data.TechInfo,
            Cleared = data.Cleared,
            TransactionId = data.TransactionId,
            VariableMonitoringId = data.VariableMonitoringId,
            EventNotificationType = data.EventNotificationType.ToString(),
            ComponentName = data.Component.Name,
            ComponentInstance = data.Component.Instance,
            EvseId = data.Component.Evse?.Id,
            ConnectorId = data.Component.Evse?.ConnectorId,
            VariableName = data.Variable.Name,
            VariableInstance = data.Variable.Instance,
            GeneratedAt = request.GeneratedAt,
            SeqNo = request.SeqNo,
            Tbc = request.Tbc ?? false,
            ReceivedAt = now.UtcDateTime,
        }).ToList();
        await log.RecordAsync(call.StationId, events, cancellationToken);
        return Answer;
    }
}
