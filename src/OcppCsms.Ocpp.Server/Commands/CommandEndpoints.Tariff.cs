using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapTariffCommands(RouteGroupBuilder commands) =>
        commands.MapPost("/cost-updated", (string stationId, CostUpdatedCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.CostUpdatedAsync(stationId, command.TotalCost!.Value, command.TransactionId!, cancellationToken)))
            .WithSummary("Tell the station a transaction's running cost to show (2.0.1 CostUpdated; 1.6 has none: 400).");
}
