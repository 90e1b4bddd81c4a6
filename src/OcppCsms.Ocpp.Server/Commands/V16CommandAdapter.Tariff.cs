using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> CostUpdatedAsync(string stationId, decimal totalCost, string transactionId, CancellationToken cancellationToken) =>
        Only201("CostUpdated");
}
