using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Reconciliation;

/// <summary>
/// Reconciles the events of one transaction as they arrived — in any order, with duplicates and gaps, the Started one
/// possibly last (an offline queue replayed, OCPP 2.0.1 E04) — into what they say together. Pure: no clock, no
/// database, so every ordering can be checked.
/// </summary>
internal static class TransactionReconciler
{
    /// <param name="arrivals">The events in arrival order; at least one.</param>
    public static ReconciledTransaction Reconcile(IEnumerable<TransactionEventFact> arrivals)
    {
        // OCPP 2.0.1 E01.FR.07: a seqNo names one event; a copy (a retry whose answer was lost) adds nothing.
        var bySeqNo = new SortedDictionary<int, TransactionEventFact>();
        foreach (var arrival in arrivals)
        {
            bySeqNo.TryAdd(arrival.SeqNo, arrival);
        }

        if (bySeqNo.Count == 0)
        {
            throw new ArgumentException("A transaction is reconciled from at least one event.", nameof(arrivals));
        }

        var events = bySeqNo.Values.ToList();
        var started = events.Find(e => e.Kind == TransactionEventKind.Started);
        var ended = events.FindLast(e => e.Kind == TransactionEventKind.Ended);
        var (first, last) = EnergyRange(events);
        return new ReconciledTransaction(
            events,
            started?.SeqNo,
            ended?.SeqNo,
            started?.Timestamp ?? events.Min(e => e.Timestamp),
            first,
            last,
            ended?.Timestamp,
            ended?.StoppedReason,
            events.Find(e => e.IdToken is not null)?.IdToken,
            events.FindLast(e => e.ChargingState is not null)?.ChargingState,
            Missing(bySeqNo, started?.SeqNo ?? bySeqNo.Keys.First(), ended?.SeqNo ?? bySeqNo.Keys.Last()),
            events.Exists(e => e.Offline));
    }

    /// <summary>The first and the last register reading by the station's time; a tie goes to the lower seqNo for the first and the higher for the last.</summary>
    private static (EnergyReading? First, EnergyReading? Last) EnergyRange(IEnumerable<TransactionEventFact> events)
    {
        EnergyReading? first = null;
        EnergyReading? last = null;
        foreach (var reading in events.SelectMany(e => e.EnergyReadings))
        {
            if (first is null || reading.At < first.Value.At)
            {
                first = reading;
            }

            if (last is null || reading.At >= last.Value.At)
            {
                last = reading;
            }
        }

        return (first, last);
    }

    private static long Missing(SortedDictionary<int, TransactionEventFact> bySeqNo, int from, int to) =>
        from > to ? 0 : (long)to - from + 1 - bySeqNo.Keys.Count(seqNo => seqNo >= from && seqNo <= to);
}
