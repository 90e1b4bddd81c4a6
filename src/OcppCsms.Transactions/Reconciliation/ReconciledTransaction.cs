using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Reconciliation;

/// <summary>What the events of one transaction received so far say about it.</summary>
/// <param name="Events">The distinct events (the first copy of each seqNo), in seqNo order.</param>
/// <param name="StartSeqNo">The Started event's seqNo; null until it arrives.</param>
/// <param name="EndSeqNo">The Ended event's seqNo; null until it arrives.</param>
/// <param name="StartedAt">The Started event's time, or until it arrives the earliest event's time.</param>
/// <param name="FirstEnergy">The earliest energy register reading by the station's time, whatever the arrival order.</param>
/// <param name="LastEnergy">The latest energy register reading by the station's time.</param>
/// <param name="EndedAt">The Ended event's time.</param>
/// <param name="StoppedReason">The Ended event's stoppedReason, when it named one.</param>
/// <param name="StartIdToken">The id token of the earliest event (by seqNo) that carried one: the one that authorized it.</param>
/// <param name="ChargingState">The charging state of the latest event (by seqNo) that reported one.</param>
/// <param name="MissingEvents">
/// How many seqNos between the Started and the Ended event have not arrived; while one of them is missing, between the
/// lowest and the highest seqNo received. A count, not a list: a station's seqNos may be far apart.
/// </param>
/// <param name="AnyOffline">At least one event happened while the station was offline.</param>
internal sealed record ReconciledTransaction(
    IReadOnlyList<TransactionEventFact> Events,
    int? StartSeqNo,
    int? EndSeqNo,
    DateTime StartedAt,
    EnergyReading? FirstEnergy,
    EnergyReading? LastEnergy,
    DateTime? EndedAt,
    string? StoppedReason,
    string? StartIdToken,
    string? ChargingState,
    long MissingEvents,
    bool AnyOffline)
{
    public bool HasStarted => StartSeqNo is not null;

    /// <summary>The Ended event has arrived: the transaction is over, whatever else is still missing.</summary>
    public bool IsEnded => EndSeqNo is not null;

    /// <summary>The energy drawn: the last register reading minus the first (by the station's time); null without readings.</summary>
    public decimal? EnergyWh => FirstEnergy is { } first && LastEnergy is { } last ? last.Wh - first.Wh : null;

    /// <summary>
    /// Every event of the transaction has arrived (OCPP 2.0.1 part 2 "Sequence Number Generation"): a Started event
    /// with seqNo a, an Ended event with seqNo o greater than a, and one event for every seqNo in between.
    /// </summary>
    public bool IsComplete => StartSeqNo is { } a && EndSeqNo is { } o && o > a && MissingEvents == 0;
}
