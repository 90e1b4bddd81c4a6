using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapCoreCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/remote-start", (string stationId, RemoteStartCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.RemoteStartAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Start a transaction for an id tag (1.6 RemoteStartTransaction; 2.0.1 RequestStartTransaction, answering with its remoteStartId as requestId).");
        commands.MapPost("/remote-stop", (string stationId, RemoteStopCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.RemoteStopAsync(stationId, command.StationTransactionId(), cancellationToken)))
            .WithSummary("Stop a transaction by the station's transaction id (1.6 RemoteStopTransaction; 2.0.1 RequestStopTransaction).");
        commands.MapPost("/reset", (string stationId, ResetCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ResetAsync(stationId, command.Type!.Value, command.EvseId, cancellationToken)))
            .WithSummary("Reset the station (OCPP 1.6 Reset; 2.0.1 Reset, optionally of one EVSE).");
        commands.MapPost("/unlock-connector", (string stationId, UnlockConnectorCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.UnlockConnectorAsync(stationId, command.ConnectorId!.Value, command.EvseId, cancellationToken)))
            .WithSummary("Unlock a connector's cable retention (UnlockConnector).");
        commands.MapPost("/change-availability", (string stationId, ChangeAvailabilityCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ChangeAvailabilityAsync(stationId, command.ConnectorId!.Value, command.EvseId, command.Type!.Value, cancellationToken)))
            .WithSummary("Make the station, a connector (2.0.1: an EVSE or a connector of one) Operative or Inoperative (ChangeAvailability).");
        commands.MapPost("/get-configuration", (string stationId, GetConfigurationCommand? command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetConfigurationAsync(stationId, command?.Keys, cancellationToken)))
            .WithSummary("Read configuration keys, or all of them (OCPP 1.6 GetConfiguration; 2.0.1 stations use get-variables).");
        commands.MapPost("/change-configuration", (string stationId, ChangeConfigurationCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ChangeConfigurationAsync(stationId, command.Key!, command.Value!, cancellationToken)))
            .WithSummary("Set a configuration key (OCPP 1.6 ChangeConfiguration; 2.0.1 stations use set-variables).");
        commands.MapPost("/clear-cache", (string stationId, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ClearCacheAsync(stationId, cancellationToken)))
            .WithSummary("Empty the station's authorization cache (ClearCache).");
        commands.MapPost("/data-transfer", (string stationId, DataTransferCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.DataTransferAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Send a vendor-specific message (DataTransfer; 1.6 data is a string, 2.0.1 any JSON).");
    }
}
