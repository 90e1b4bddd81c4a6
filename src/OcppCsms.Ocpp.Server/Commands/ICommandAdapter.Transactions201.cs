using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> GetTransactionStatusAsync(string stationId, string? transactionId, CancellationToken cancellationToken);
}
