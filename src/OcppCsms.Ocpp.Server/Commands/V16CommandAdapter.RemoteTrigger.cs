using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>OCPP 1.6 §5.17 (Remote Trigger profile): the connector narrows StatusNotification and MeterValues; without one, all connectors.</summary>
    public Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "TriggerMessage",
            new TriggerMessageRequest { RequestedMessage = Enum.Parse<MessageTrigger>(message.ToString()), ConnectorId = connectorId },
            Json.TriggerMessageRequest, Json.TriggerMessageResponse, cancellationToken);
}
