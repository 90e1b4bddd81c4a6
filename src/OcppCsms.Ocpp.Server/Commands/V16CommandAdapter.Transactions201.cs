using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>OCPP 1.6 has no GetTransactionStatus: a 1.6 station sends its queued transaction messages unasked (§4.7, §4.8).</summary>
    public Task<CommandResult> GetTransactionStatusAsync(string stationId, string? transactionId, CancellationToken cancellationToken) =>
        CommandCaller.Refuse("GetTransactionStatus", OcppErrorCode.NotImplemented, "OCPP 1.6 has no GetTransactionStatus; it is an OCPP 2.0.1 message.");
}
