using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// Commands over REST. Each waits for the station's answer: 200 with it, or a problem that says why there is none —
/// 409 the station is not connected, 504 it did not answer in time, 502 it answered with a CALLERROR or an answer that
/// breaks the schema, 400 the command itself is not valid for the station's version.
/// </summary>
internal static class CommandEndpoints
{
    public static void MapCommandEndpoints(this IEndpointRouteBuilder app)
    {
        var commands = app.MapGroup("/api/v1/stations/{stationId}").WithTags("Station commands")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status502BadGateway).ProducesProblem(StatusCodes.Status504GatewayTimeout);

        commands.MapPost("/commands/reset", (string stationId, ResetCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                AnswerAsync(gateway.ResetAsync(stationId, command.Type, command.EvseId, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Operator).WithSummary("Reset the station (OCPP 1.6 Reset; 2.0.1 Reset, optionally of one EVSE).");
        commands.MapPost("/commands/clear-cache", (string stationId, IStationCommands gateway, CancellationToken cancellationToken) =>
                AnswerAsync(gateway.ClearCacheAsync(stationId, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Operator).WithSummary("Empty the station's authorization cache (ClearCache).");
        commands.MapPost("/commands/trigger-message", (string stationId, TriggerMessageCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                AnswerAsync(gateway.TriggerMessageAsync(stationId, command.Message, command.ConnectorOrEvseId, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Operator).WithSummary("Ask the station to send a message now (TriggerMessage).");
        // Raw calls can change anything on a station, credentials included: administrators only.
        commands.MapPost("/ocpp/{action}", (string stationId, string action, JsonElement payload, IStationCommands gateway, CancellationToken cancellationToken) =>
                AnswerAsync(gateway.SendAsync(stationId, action, payload, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Admin)
            .WithSummary("Send any action of the station's OCPP version; the body is its payload, checked against the action's schema first.");
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> AnswerAsync(Task<CommandResult> command)
    {
        var result = await command;
        return result.Outcome switch
        {
            CommandOutcome.Answered => TypedResults.Ok(CommandResponse.From(result)),
            CommandOutcome.Offline => Problem(StatusCodes.Status409Conflict, "The station is not connected", result),
            CommandOutcome.TimedOut => Problem(StatusCodes.Status504GatewayTimeout, "The station did not answer in time", result),
            CommandOutcome.CallError => Problem(StatusCodes.Status502BadGateway, "The station answered with a CALLERROR", result),
            CommandOutcome.InvalidAnswer => Problem(StatusCodes.Status502BadGateway, "The station's answer does not match the OCPP schema", result),
            _ => Problem(StatusCodes.Status400BadRequest, "The command is not valid for this station", result),
        };
    }

    private static ProblemHttpResult Problem(int status, string title, CommandResult result) =>
        TypedResults.Problem(statusCode: status, title: title, detail: result.ErrorDescription, extensions: new Dictionary<string, object?>
        {
            ["action"] = result.Action,
            ["outcome"] = result.Outcome.ToString(),
            ["errorCode"] = result.ErrorCode,
        });
}
