namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The transaction commands only OCPP 2.0.1 has.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// OCPP 2.0.1 GetTransactionStatus (E14): whether the transaction <paramref name="transactionId"/> is still ongoing
    /// and whether transaction messages are still queued at the station (only the latter when no id is given). OCPP 1.6
    /// has no such message: Invalid.
    /// </summary>
    Task<CommandResult> GetTransactionStatusAsync(string stationId, string? transactionId, CancellationToken cancellationToken);
}
