using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> GetTransactionStatusAsync(string stationId, string? transactionId, CancellationToken cancellationToken) =>
        With(stationId, "GetTransactionStatus", adapter => adapter.GetTransactionStatusAsync(stationId, transactionId, cancellationToken), cancellationToken);
}
