using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapRemoteTriggerCommands(RouteGroupBuilder commands) =>
        commands.MapPost("/trigger-message", (string stationId, TriggerCommand<TriggeredMessage> command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.TriggerMessageAsync(stationId, command.RequestedMessage!.Value, command.ConnectorId, cancellationToken)))
            .WithSummary("Ask the station to send a message now (TriggerMessage).");
}
