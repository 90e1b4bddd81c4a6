using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Transactions.SmartCharging.Api;

/// <summary>
/// The Smart Charging commands (answered as <see cref="CommandHttp"/> describes) and the profiles the CSMS believes
/// each station holds.
/// </summary>
internal static class SmartChargingEndpoints
{
    public static void MapSmartChargingEndpoints(this IEndpointRouteBuilder app)
    {
        var commands = app.MapStationCommandGroup().RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation();
        commands.MapPost("/commands/set-charging-profile", (string stationId, SetChargingProfileCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetChargingProfileAsync(stationId, command.ConnectorId!.Value, command.ChargingProfile!, cancellationToken)))
            .WithSummary("Install a charging profile on a connector (2.0.1: EVSE), 0 for the station (SetChargingProfile); kept when Accepted.");
        commands.MapPost("/commands/clear-charging-profile", (string stationId, ChargingProfileCriteria criteria, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ClearChargingProfileAsync(stationId, criteria, cancellationToken)))
            .WithSummary("Clear one charging profile by id, or those matching connectorId, chargingProfilePurpose and stackLevel (ClearChargingProfile).");
        commands.MapPost("/commands/get-composite-schedule", (string stationId, GetCompositeScheduleCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetCompositeScheduleAsync(stationId, command.ConnectorId!.Value, command.Duration!.Value, command.ChargingRateUnit, cancellationToken)))
            .WithSummary("The schedule a connector (2.0.1: EVSE; 0: the grid connection) will follow for the next duration seconds (GetCompositeSchedule).");

        app.MapGroup("/api/v1/stations/{stationId}/charging-profiles").WithTags("Smart charging").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("", ListAsync)
            .WithSummary("The charging profiles the CSMS believes the station holds, per connector (0: the station's own); a TxProfile until its transaction ends.")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<IReadOnlyList<InstalledChargingProfileResponse>>> ListAsync(
        string stationId, [AsParameters] ChargingProfilesQuery query, ChargingProfileStore store, CancellationToken cancellationToken)
    {
        var profiles = await store.ListAsync(stationId, query.ConnectorId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<InstalledChargingProfileResponse>>([.. profiles.Select(InstalledChargingProfileResponse.From)]);
    }
}
