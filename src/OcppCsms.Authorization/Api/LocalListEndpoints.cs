using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Authorization.LocalLists;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Authorization.Api;

/// <summary>
/// Local authorization lists (OCPP 1.6 §3.5.2, §5.10, §5.15; 2.0.1 D01/D02): the two commands, and a station's list as
/// the CSMS knows it. What the station accepted is recorded by the answer observers, so a raw SendLocalList counts too.
/// </summary>
internal static class LocalListEndpoints
{
    public static void MapLocalListEndpoints(this IEndpointRouteBuilder app)
    {
        var commands = app.MapStationCommandGroup().RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation();
        commands.MapPost("/commands/send-local-list", SendAsync)
            .WithSummary("Send a Full or Differential local list update (SendLocalList); the version is one past the last the station accepted unless given. Recorded only when the station accepts.")
            .ProducesValidationProblem();
        commands.MapPost("/commands/get-local-list-version", (string stationId, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetLocalListVersionAsync(stationId, cancellationToken)))
            .WithSummary("Ask the station for its local list version (GetLocalListVersion); the answer is recorded as reportedVersion.");

        app.MapGet("/api/v1/stations/{stationId}/local-list", async (string stationId, LocalListStore lists, CancellationToken cancellationToken) =>
            {
                var (list, entries) = await lists.GetAsync(stationId, cancellationToken);
                return TypedResults.Ok(LocalListResponse.From(stationId, list, entries));
            })
            .WithTags("Local authorization lists").RequireAuthorization(OperatorPolicies.Viewer)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The station's local list as it accepted it: version, entries, and the version it last reported.");
    }

    private static async Task<Results<Ok<SendLocalListAnswer>, ProblemHttpResult>> SendAsync(
        string stationId, SendLocalListCommand command, LocalListStore lists, IStationCommands gateway, CancellationToken cancellationToken)
    {
        var version = command.ListVersion ?? await lists.NextVersionAsync(stationId, cancellationToken);
        var update = new LocalListUpdate(version, command.UpdateType!.Value, (command.LocalAuthorizationList ?? []).Select(item => new LocalListEntry(
            item.IdTag,
            item.IdTagInfo is { } info ? new LocalListEntryInfo(info.Status!.Value, info.ExpiryDate, info.ParentIdTag) : null,
            item.IdTokenType ?? IdTokenKind.ISO14443)).ToList());
        var result = await gateway.SendLocalListAsync(stationId, update, cancellationToken);
        return await CommandAnswers.AnswerAsync(result, answer => SendLocalListAnswer.From(answer, version), "listVersion", version);
    }
}
