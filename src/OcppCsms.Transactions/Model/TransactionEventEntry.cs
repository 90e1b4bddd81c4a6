namespace OcppCsms.Transactions.Model;

/// <summary>
/// One OCPP 2.0.1 TransactionEvent as it arrived, kept so that a transaction's events can be reconciled whatever order
/// they come in, and so that a copy of one (same station, transaction id and seqNo) is recognised also after a restart.
/// Its energy readings are kept as the earliest and the latest of the event: all reconciliation needs of them.
/// </summary>
internal sealed class TransactionEventEntry
{
    public const int EventTypeMaxLength = 8;
    public const int TriggerReasonMaxLength = 32;

    public long Id { get; init; }

    public required string StationId { get; init; }

    public required string StationTransactionId { get; init; }

    public int SeqNo { get; init; }

    /// <summary>Started, Updated or Ended.</summary>
    public required string EventType { get; init; }

    /// <summary>When the event occurred, in the station's time.</summary>
    public DateTime OccurredAt { get; init; }

    public DateTime ReceivedAt { get; init; }

    public required string TriggerReason { get; init; }

    public string? ChargingState { get; init; }

    public string? IdToken { get; init; }

    /// <summary>The idTokenInfo status answered to this event, answered again to a copy of it.</summary>
    public string? IdTokenStatus { get; init; }

    /// <summary>The group id token answered with that status.</summary>
    public string? IdTokenGroup { get; init; }

    public string? StoppedReason { get; init; }

    public bool Offline { get; init; }

    public decimal? FirstEnergyWh { get; init; }

    public DateTime? FirstEnergyAt { get; init; }

    public decimal? LastEnergyWh { get; init; }

    public DateTime? LastEnergyAt { get; init; }
}
