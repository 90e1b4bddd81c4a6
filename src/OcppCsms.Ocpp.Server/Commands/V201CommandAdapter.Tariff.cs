using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>I02: the answer is empty; the station shows the cost.</summary>
    public Task<CommandResult> CostUpdatedAsync(string stationId, decimal totalCost, string transactionId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "CostUpdated", new CostUpdatedRequest { TotalCost = totalCost, TransactionId = transactionId },
            Json.CostUpdatedRequest, Json.CostUpdatedResponse, cancellationToken);
}
