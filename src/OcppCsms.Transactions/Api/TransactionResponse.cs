using OcppCsms.Transactions.Contracts;
using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Api;

/// <summary>
/// A transaction as operators see it. <c>id</c> is the internal id of the REST resources; <c>transactionId</c> is the
/// station's own id, as text in both versions. Times without "received" are the station's; energies are in Wh.
/// </summary>
/// <param name="Orphan">
/// A stop for a transaction id that was never started here (it has stop values only), or 2.0.1 events whose Started
/// event has not arrived.
/// </param>
/// <param name="IdTagStatus">The idTagInfo status answered to the start.</param>
/// <param name="EnergyWh">Stop register minus start register; while active, the latest reading minus the start.</param>
/// <param name="Cost">The billed cost (its charge detail record); null until billed, and in lists (shown by the detail only).</param>
/// <param name="RemoteStartId">2.0.1: the remote start (its ocppRequestId) that began the transaction.</param>
/// <param name="EventsComplete">2.0.1: every TransactionEvent from Started to Ended has arrived; null for 1.6.</param>
/// <param name="RunningCost">An active transaction's cost so far when a tariff applies; detail only.</param>
/// <param name="Billing">Where billing stands for a completed transaction; null while active, for orphans, and in lists.</param>
/// <param name="ForceStopReason">The operator's reason when it was force-stopped (stopReason ForceStopped).</param>
/// <param name="ForceStoppedBy">The operator (user or API key name) who force-stopped it.</param>
/// <param name="LastActivityAt">When its latest meter values or transaction event arrived (the CSMS's clock).</param>
/// <param name="Stale">Active, and silent for <c>Transactions:StaleAfterHours</c>: probably stuck, a candidate for a force-stop.</param>
/// <param name="Flags">Suspicious data its messages carried (kept, not refused): TimestampInFuture, TimestampBefore2010, EnergyRegisterBackwards, ImplausibleEnergy.</param>
internal sealed record TransactionResponse(
    long Id, string TransactionId, string StationId, int? ConnectorId, int? EvseId, TransactionStatus Status, bool Orphan,
    string? IdTag, string? IdTagStatus, int? ReservationId, DateTime? StartedAt, DateTime? StartReceivedAt, DateTime? StoppedAt,
    DateTime? CompletedAt, decimal? MeterStart, decimal? MeterStop, decimal? EnergyWh, decimal? LatestEnergyWh, DateTime? LatestEnergyAt,
    string? StopReason, string? StopIdTag, TransactionCost? Cost, int? RemoteStartId, string? ChargingState, bool? EventsComplete,
    string? ForceStopReason, string? ForceStoppedBy, DateTime? LastActivityAt, bool Stale, IReadOnlyList<TransactionFlags> Flags,
    RunningCost? RunningCost = null, BillingState? Billing = null)
{
    /// <param name="staleBefore">Active transactions last heard from before this time are stale.</param>
    public static TransactionResponse From(ChargingTransaction t, DateTime staleBefore) => new(
        t.Id, t.StationTransactionId, t.StationId, t.ConnectorId, t.EvseId, t.Status, t.Status == TransactionStatus.Orphaned,
        t.IdTag, t.StartIdTagStatus, t.ReservationId, t.StartedAt, t.StartReceivedAt, t.StoppedAt,
        t.CompletedAt, t.MeterStartWh, t.MeterStopWh, t.EnergyWh ?? t.LatestEnergyWh - t.MeterStartWh, t.LatestEnergyWh, t.LatestEnergyAt,
        t.StopReason, t.StopIdTag, Cost: null, t.RemoteStartId, t.ChargingState, t.EventsComplete,
        t.ForceStopReason, t.ForceStoppedBy, t.LastActivityAt, StaleTransactions.IsStale(t, staleBefore),
        Enum.GetValues<TransactionFlags>().Where(flag => flag != TransactionFlags.None && t.Flags.HasFlag(flag)).ToList());
}
