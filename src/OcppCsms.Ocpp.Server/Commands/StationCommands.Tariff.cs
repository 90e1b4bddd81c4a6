using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> CostUpdatedAsync(string stationId, decimal totalCost, string transactionId, CancellationToken cancellationToken) =>
        With(stationId, "CostUpdated", adapter => adapter.CostUpdatedAsync(stationId, totalCost, transactionId, cancellationToken), cancellationToken);
}
