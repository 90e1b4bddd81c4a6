using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>E14: the answer's ongoingIndicator and messagesInQueue are passed on as the station sent them.</summary>
    public Task<CommandResult> GetTransactionStatusAsync(string stationId, string? transactionId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetTransactionStatus",
            new GetTransactionStatusRequest { TransactionId = transactionId },
            Json.GetTransactionStatusRequest, Json.GetTransactionStatusResponse, cancellationToken);
}
