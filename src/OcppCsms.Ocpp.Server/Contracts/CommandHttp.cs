using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// Commands over REST, the same way whichever module maps one: under <c>/api/v1/stations/{stationId}</c>, each waiting
/// for the station's answer — 200 with it, or a problem that says why there is none: 409 the station is not connected
/// (at once, no waiting) or its registration forbids the command, 504 it did not answer in time, 502 it answered with a CALLERROR or an answer that breaks the
/// schema, 400 the command itself is not valid for the station's version.
/// </summary>
public static class CommandHttp
{
    /// <summary>The route group for a module's commands, with the problems every command can answer.</summary>
    public static RouteGroupBuilder MapStationCommandGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/stations/{stationId}").WithTags("Station commands")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status502BadGateway).ProducesProblem(StatusCodes.Status504GatewayTimeout);

    public static async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> AnswerAsync(Task<CommandResult> command)
    {
        var result = await command;
        return result.Outcome switch
        {
            CommandOutcome.Answered => TypedResults.Ok(CommandResponse.From(result)),
            CommandOutcome.Offline => Problem(StatusCodes.Status409Conflict, "The station is not connected", result),
            CommandOutcome.NotAccepted => Problem(StatusCodes.Status409Conflict, "The station is not accepted", result),
            CommandOutcome.TimedOut => Problem(StatusCodes.Status504GatewayTimeout, "The station did not answer in time", result),
            CommandOutcome.CallError => Problem(StatusCodes.Status502BadGateway, "The station answered with a CALLERROR", result),
            CommandOutcome.InvalidAnswer => Problem(StatusCodes.Status502BadGateway, "The station's answer does not match the OCPP schema", result),
            _ => Problem(StatusCodes.Status400BadRequest, "The command is not valid for this station", result),
        };
    }

    private static ProblemHttpResult Problem(int status, string title, CommandResult result)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["action"] = result.Action,
            ["outcome"] = result.Outcome.ToString(),
            ["errorCode"] = result.ErrorCode,
        };
        if (result.RequestId is { } requestId)
        {
            // A station that did not answer in time may still act on the request and report under this id.
            extensions["ocppRequestId"] = requestId;
        }

        return TypedResults.Problem(statusCode: status, title: title, detail: result.ErrorDescription, extensions: extensions);
    }
}

/// <summary>
/// The answer to a command: the OCPP action sent, how it ended, the station's status word and its whole answer, and the
/// id the CSMS gave the OCPP request when it has one (<see cref="CommandResult.RequestId"/>; named <c>ocppRequestId</c>
/// because problem details already carry the HTTP request's <c>requestId</c>).
/// </summary>
public sealed record CommandResponse(
    string Action, string Outcome, string? Status, JsonElement? Response, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? OcppRequestId)
{
    public static CommandResponse From(CommandResult result) => new(result.Action, result.Outcome.ToString(), result.Status, result.Payload, result.RequestId);
}
