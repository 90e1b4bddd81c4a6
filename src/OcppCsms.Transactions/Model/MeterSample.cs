namespace OcppCsms.Transactions.Model;

/// <summary>
/// One sampled value as the station sent it (OCPP 1.6 §7.43 SampledValue, OCPP 2.0.1 SampledValueType), with the
/// defaults of its optional fields filled in. The value stays text: a decimal number, or a signed data block.
/// </summary>
internal sealed class MeterSample
{
    public const int MeasurandMaxLength = 40;
    public const int PhaseMaxLength = 8;
    public const int UnitMaxLength = 20;
    public const int ContextMaxLength = 24;
    public const int LocationMaxLength = 8;
    public const int FormatMaxLength = 16;

    public long Id { get; init; }

    /// <summary>The transaction the value belongs to; null when none was named or the named one is unknown.</summary>
    public long? TransactionId { get; init; }

    public required string StationId { get; init; }

    /// <summary>0 for the station's main meter; null when a stop's transaction data belongs to an orphan.</summary>
    public int? ConnectorId { get; init; }

    public int? EvseId { get; init; }

    /// <summary>The transaction id as the station sent it, kept also when no transaction of that id is known.</summary>
    public string? StationTransactionId { get; init; }

    /// <summary>The station's time of the sample.</summary>
    public DateTime SampledAt { get; init; }

    public DateTime ReceivedAt { get; init; }

    public required string Value { get; init; }

    public required string Measurand { get; init; }

    public string? Phase { get; init; }

    /// <summary>Null when the station named none for a measurand without a default unit (only energy defaults to Wh).</summary>
    public string? Unit { get; init; }

    public required string Context { get; init; }

    public required string Location { get; init; }

    public required string Format { get; init; }
}
