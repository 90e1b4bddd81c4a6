using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// The commands the gateway itself maps (answers as <see cref="CommandHttp"/> describes), in partial files by OCPP 1.6
/// feature profile: <c>POST /api/v1/stations/{stationId}/commands/{kebab-name}</c> for Operators, each body validated
/// (400 naming the field) before the command goes to the gateway.
/// </summary>
internal static partial class CommandEndpoints
{
    public static void MapCommandEndpoints(this IEndpointRouteBuilder app)
    {
        var station = app.MapStationCommandGroup();
        var commands = station.MapGroup("/commands").RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation().ProducesValidationProblem();
        MapCoreCommands(commands);
        MapFirmwareCommands(commands);
        MapRemoteTriggerCommands(commands);
        MapSecurityCommands(commands);
        MapProvisioningCommands(commands);
        MapMonitoringCommands(commands);
        MapDisplayMessageCommands(commands);
        MapCustomerCommands(commands);
        MapTariffCommands(commands);
        MapPublishingCommands(commands);
        MapChargingProfiles201Commands(commands);
        MapTransactionCommands201(commands);

        // Raw calls can change anything on a station, credentials included: administrators only.
        station.MapPost("/ocpp/{action}", (string stationId, string action, JsonElement payload, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SendAsync(stationId, action, payload, cancellationToken)))
            .RequireAuthorization(OperatorPolicies.Admin)
            .WithSummary("Send any action of the station's OCPP version; the body is its payload, checked against the action's schema first.");
    }
}
