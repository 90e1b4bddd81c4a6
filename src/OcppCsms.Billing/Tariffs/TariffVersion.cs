namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// One immutable set of a tariff's prices. All prices are net (tax excluded) in <see cref="Currency"/>; an edit of the
/// tariff adds a version, so a session is always priced with the version valid at its start (docs/adr/0016).
/// </summary>
internal sealed class TariffVersion
{
    /// <summary>The longest IANA time zone id (e.g. America/Argentina/ComodRivadavia is 32).</summary>
    public const int TimeZoneMaxLength = 64;

    public long Id { get; init; }

    public long TariffId { get; init; }

    public int Version { get; init; }

    public required string Name { get; init; }

    /// <summary>ISO 4217 alphabetic code; its minor unit decides the rounding.</summary>
    public required string Currency { get; init; }

    public decimal PricePerKwh { get; init; }

    /// <summary>Per minute of charging time: from the start to when the energy register last increased.</summary>
    public decimal PricePerMinute { get; init; }

    /// <summary>Per minute of idle time (after charging ended) beyond <see cref="IdleGraceMinutes"/>.</summary>
    public decimal IdlePricePerMinute { get; init; }

    public int IdleGraceMinutes { get; init; }

    public decimal SessionFee { get; init; }

    /// <summary>The least a session costs (net); null: no minimum.</summary>
    public decimal? MinPrice { get; init; }

    /// <summary>The most a session costs (net); null: no maximum.</summary>
    public decimal? MaxPrice { get; init; }

    /// <summary>A fraction: 0.20 is 20 %.</summary>
    public decimal TaxRate { get; init; }

    /// <summary>Sessions starting before it are not priced with this tariff; null: no start.</summary>
    public DateTime? ValidFrom { get; init; }

    /// <summary>Sessions starting at or after it are not priced with this tariff; null: no end.</summary>
    public DateTime? ValidTo { get; init; }

    /// <summary>The IANA time zone whose clock the periods' times and days are read in.</summary>
    public required string TimeZone { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Time-of-day/day-of-week prices, in the operator's order: where two overlap, the first applies.</summary>
    public List<TariffPeriod> Periods { get; init; } = [];

    /// <summary>Whether a session starting at <paramref name="startedAt"/> may be priced with this version.</summary>
    public bool IsValidAt(DateTime startedAt) =>
        (ValidFrom is not { } from || startedAt >= from) && (ValidTo is not { } to || startedAt < to);
}
