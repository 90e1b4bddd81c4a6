using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorId, CancellationToken cancellationToken);
}
