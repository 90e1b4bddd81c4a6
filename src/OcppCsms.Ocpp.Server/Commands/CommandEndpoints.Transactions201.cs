using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapTransactionCommands201(RouteGroupBuilder commands) =>
        commands.MapPost("/get-transaction-status", (string stationId, GetTransactionStatusCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetTransactionStatusAsync(stationId, command.TransactionId, cancellationToken)))
            .WithSummary("Ask a 2.0.1 station whether a transaction is ongoing and whether transaction messages are queued (GetTransactionStatus, E14); Invalid for 1.6.");
}
