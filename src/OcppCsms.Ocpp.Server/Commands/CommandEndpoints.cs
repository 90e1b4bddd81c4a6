using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The commands the gateway itself maps (answers as <see cref="CommandHttp"/> describes).</summary>
internal static partial class CommandEndpoints
{
    public static void MapCommandEndpoints(this IEndpointRouteBuilder app)
    {
        var commands = app.MapStationCommandGroup();

        commands.MapPost("/commands/reset", (string stationId, ResetCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ResetAsync(stationId, command.Type, command.EvseId, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Operator).WithSummary("Reset the station (OCPP 1.6 Reset; 2.0.1 Reset, optionally of one EVSE).");
        commands.MapPost("/commands/clear-cache", (string stationId, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ClearCacheAsync(stationId, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Operator).WithSummary("Empty the station's authorization cache (ClearCache).");
        commands.MapPost("/commands/trigger-message", (string stationId, TriggerMessageCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.TriggerMessageAsync(stationId, command.Message, command.ConnectorOrEvseId, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Operator).WithSummary("Ask the station to send a message now (TriggerMessage).");
        // Raw calls can change anything on a station, credentials included: administrators only.
        commands.MapPost("/ocpp/{action}", (string stationId, string action, JsonElement payload, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SendAsync(stationId, action, payload, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Admin)
            .WithSummary("Send any action of the station's OCPP version; the body is its payload, checked against the action's schema first.");
    }
}
