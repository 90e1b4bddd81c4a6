using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapSecurityCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/extended-trigger-message", (string stationId, TriggerCommand<ExtendedTriggeredMessage> command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ExtendedTriggerMessageAsync(stationId, command.RequestedMessage!.Value, command.ConnectorId, cancellationToken)))
            .WithSummary("Ask the station to send a message now, log and certificate messages included (1.6 ExtendedTriggerMessage; 2.0.1 TriggerMessage).");
        commands.MapPost("/get-log", (string stationId, GetLogCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetLogAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Have the station upload its diagnostics or security log (GetLog), answering with the requestId its status notifications carry.");
        commands.MapPost("/signed-update-firmware", (string stationId, SignedUpdateFirmwareCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SignedUpdateFirmwareAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Have the station install signed firmware (1.6 SignedUpdateFirmware; 2.0.1 UpdateFirmware), answering with the requestId.");
    }
}
