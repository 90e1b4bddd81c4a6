namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.20 CostType: One cost of a consumption block.</summary>
public sealed record CostType
{
    public required CostKindEnumType CostKind { get; init; }

    /// <summary>Estimated or actual cost per kWh, scaled by amountMultiplier.</summary>
    public required int Amount { get; init; }

    /// <summary>
    /// Exponent to base 10 applied to amount (the spec says -3..3; the schema sets no bounds, so neither does this
    /// record).
    /// </summary>
    public int? AmountMultiplier { get; init; }

    public CustomDataType? CustomData { get; init; }
}
