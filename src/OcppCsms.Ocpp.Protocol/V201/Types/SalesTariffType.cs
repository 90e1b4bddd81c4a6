using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.40 SalesTariffType: An ISO 15118-2 sales tariff attached to a charging schedule.
/// </summary>
public sealed record SalesTariffType
{
    /// <summary>Identifies the sales tariff (SAID), unique for one schedule throughout a charging session.</summary>
    public required int Id { get; init; }

    /// <summary>Short human readable title, e.g. for display.</summary>
    [MaxLength(32)]
    public string? SalesTariffDescription { get; init; }

    /// <summary>Number of distinct price levels across all sales tariffs.</summary>
    public int? NumEPriceLevels { get; init; }

    /// <summary>At most maxScheduleTuples entries.</summary>
    [MinLength(1)]
    [MaxLength(1024)]
    public required IReadOnlyList<SalesTariffEntryType> SalesTariffEntry { get; init; }

    public CustomDataType? CustomData { get; init; }
}
