using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorId, CancellationToken cancellationToken) =>
        With(stationId, "TriggerMessage", adapter => adapter.TriggerMessageAsync(stationId, message, connectorId, cancellationToken), cancellationToken);
}
