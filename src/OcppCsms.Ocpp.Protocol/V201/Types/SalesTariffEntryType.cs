using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.39 SalesTariffEntryType: An entry of an ISO 15118 sales tariff: a time interval with its
/// price level and consumption costs.
/// </summary>
public sealed record SalesTariffEntryType
{
    /// <summary>Price level of this entry (of numEPriceLevels): lower is cheaper.</summary>
    [Range(0, int.MaxValue)]
    public int? EPriceLevel { get; init; }

    /// <summary>The interval this entry is valid for.</summary>
    public required RelativeTimeIntervalType RelativeTimeInterval { get; init; }

    [MinLength(1)]
    [MaxLength(3)]
    public IReadOnlyList<ConsumptionCostType>? ConsumptionCost { get; init; }

    public CustomDataType? CustomData { get; init; }
}
