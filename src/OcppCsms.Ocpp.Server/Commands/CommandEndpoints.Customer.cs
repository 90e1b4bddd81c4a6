using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapCustomerCommands(RouteGroupBuilder commands) =>
        commands.MapPost("/customer-information", (string stationId, CustomerInformationCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.CustomerInformationAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Have the station report and/or erase one customer's data (2.0.1 CustomerInformation), answering with the requestId its NotifyCustomerInformation carry.");
}
