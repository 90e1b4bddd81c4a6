namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>OCPP 2.0.1 running cost (part 2 I02); OCPP 1.6 has no such message (its cost display is vendor DataTransfer).</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// I02 CostUpdated: the transaction's cost so far, taxes included, in the station's configured currency, for the
    /// station to show; the answer has no fields.
    /// </summary>
    Task<CommandResult> CostUpdatedAsync(string stationId, decimal totalCost, string transactionId, CancellationToken cancellationToken);
}
