using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Api;

/// <summary>A force-stopped transaction, and what became of asking its station to stop it.</summary>
internal sealed record ForceStopResponse(TransactionResponse Transaction, StationStopResponse StationStop);

/// <param name="Outcome"><c>NotConnected</c> (the station was not asked), or how the command ended: <c>Answered</c>, <c>CallError</c>, <c>TimedOut</c>, <c>Offline</c>, <c>NotAccepted</c>, ...</param>
/// <param name="Status">The station's answer, Accepted or Rejected, when it answered.</param>
internal sealed record StationStopResponse(string Outcome, string? Status)
{
    public static StationStopResponse From(StationStop stop) => new(stop.Outcome, stop.Status);
}
