using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>An operator's force-stop: their reason, and who they are (user or API key name).</summary>
internal sealed record ForceStop(string Reason, string By);

/// <summary>What a force-stop did.</summary>
/// <param name="Transaction">The transaction it completed; null when there was none to complete.</param>
/// <param name="Status">The transaction's status: Completed after a force-stop, otherwise what kept it from one; null when unknown.</param>
/// <param name="StationStop">What became of asking the station to stop it; null when nothing was completed.</param>
internal sealed record ForceStopOutcome(ChargingTransaction? Transaction, TransactionStatus? Status, StationStop? StationStop);

/// <summary>The station's part of a force-stop.</summary>
/// <param name="Outcome"><c>NotConnected</c> (not asked), or how the RemoteStop/RequestStop command ended (<c>Answered</c>, <c>TimedOut</c>, ...).</param>
/// <param name="Status">The station's answer (Accepted, Rejected) when it answered.</param>
internal sealed record StationStop(string Outcome, string? Status)
{
    public static StationStop NotConnected { get; } = new(nameof(NotConnected), null);
}
