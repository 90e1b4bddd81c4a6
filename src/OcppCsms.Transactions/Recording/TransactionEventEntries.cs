using OcppCsms.Authorization.Contracts;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Reconciliation;

namespace OcppCsms.Transactions.Recording;

/// <summary>Kept transaction events to and from the facts reconciliation works on.</summary>
internal static class TransactionEventEntries
{
    /// <summary>
    /// Kept for a token the CSMS does not know, which 2.0.1 answers Unknown (the neutral verdict says Invalid): a copy of
    /// the event must be answered alike.
    /// </summary>
    private const string UnknownToken = "Unknown";

    public static TransactionEventEntry Create(TransactionEventReport report, DateTime receivedAt, IdTagVerdict? verdict)
    {
        var fact = report.Event;
        var readings = fact.EnergyReadings;
        EnergyReading? first = readings.Count == 0 ? null : readings.MinBy(r => r.At);
        EnergyReading? last = readings.Count == 0 ? null : readings.MaxBy(r => r.At);
        return new TransactionEventEntry
        {
            StationId = report.StationId,
            StationTransactionId = report.StationTransactionId,
            SeqNo = fact.SeqNo,
            EventType = fact.Kind.ToString(),
            OccurredAt = StationTime.Stored(fact.Timestamp),
            ReceivedAt = receivedAt,
            TriggerReason = fact.TriggerReason,
            ChargingState = fact.ChargingState,
            IdToken = fact.IdToken,
            IdTokenStatus = verdict is null ? null : verdict.Known ? verdict.Status.ToString() : UnknownToken,
            IdTokenGroup = verdict?.ParentIdTag,
            StoppedReason = fact.StoppedReason,
            Offline = fact.Offline,
            FirstEnergyWh = first?.Wh,
            FirstEnergyAt = first is { } f ? StationTime.Stored(f.At) : null,
            LastEnergyWh = last?.Wh,
            LastEnergyAt = last is { } l ? StationTime.Stored(l.At) : null,
        };
    }

    /// <summary>The event as reconciliation sees it: its earliest and latest readings stand for all it carried.</summary>
    public static TransactionEventFact Fact(TransactionEventEntry entry)
    {
        var readings = new List<EnergyReading>(2);
        if (entry is { FirstEnergyWh: { } firstWh, FirstEnergyAt: { } firstAt })
        {
            readings.Add(new EnergyReading(firstWh, firstAt));
        }

        if (entry is { LastEnergyWh: { } lastWh, LastEnergyAt: { } lastAt })
        {
            readings.Add(new EnergyReading(lastWh, lastAt));
        }

        return new TransactionEventFact(
            entry.SeqNo, Enum.Parse<TransactionEventKind>(entry.EventType), entry.OccurredAt, entry.TriggerReason, entry.ChargingState,
            readings, entry.IdToken, entry.StoppedReason, entry.Offline);
    }

    /// <summary>The verdict answered to the event, to answer it again to a copy; null when none was recorded.</summary>
    public static IdTagVerdict? Verdict(TransactionEventEntry entry) => entry.IdTokenStatus switch
    {
        null => null,
        UnknownToken => new IdTagVerdict(IdTagStatus.Invalid, Known: false),
        var status => new IdTagVerdict(Enum.Parse<IdTagStatus>(status), ParentIdTag: entry.IdTokenGroup),
    };
}
