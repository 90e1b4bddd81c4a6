using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapChargingProfiles201Commands(RouteGroupBuilder commands) =>
        commands.MapPost("/get-charging-profiles", (string stationId, GetChargingProfilesCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetChargingProfilesAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Ask for the station's installed charging profiles (2.0.1 GetChargingProfiles), answering with the requestId its ReportChargingProfiles carry.");
}
