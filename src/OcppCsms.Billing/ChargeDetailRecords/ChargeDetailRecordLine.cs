namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>One component line of a charge detail record, exactly as priced: quantity × unit price = amount, unrounded.</summary>
internal sealed class ChargeDetailRecordLine
{
    public const int ComponentMaxLength = 32;
    public const int PeriodMaxLength = 100;
    public const int UnitMaxLength = 16;

    public long Id { get; init; }

    public long CdrId { get; init; }

    /// <summary>The line's place in the record, from 0, in the order pricing produced them.</summary>
    public int Position { get; init; }

    public required string Component { get; init; }

    public string? Period { get; init; }

    public DateTime From { get; init; }

    public DateTime To { get; init; }

    public decimal Quantity { get; init; }

    public required string Unit { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal Amount { get; init; }
}
