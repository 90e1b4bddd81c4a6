using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> CostUpdatedAsync(string stationId, decimal totalCost, string transactionId, CancellationToken cancellationToken);
}
