using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapDisplayMessageCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/set-display-message", (string stationId, SetDisplayMessageCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetDisplayMessageAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Show a message on the station's display, or replace the one with its id (2.0.1 SetDisplayMessage; 1.6 has none: 400).");
        commands.MapPost("/get-display-messages", (string stationId, GetDisplayMessagesCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetDisplayMessagesAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Ask for the station's display messages (2.0.1 GetDisplayMessages), answering with the requestId its NotifyDisplayMessages carry.");
        commands.MapPost("/clear-display-message", (string stationId, ClearDisplayMessageCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ClearDisplayMessageAsync(stationId, command.Id!.Value, cancellationToken)))
            .WithSummary("Remove a display message by id (2.0.1 ClearDisplayMessage).");
    }
}
