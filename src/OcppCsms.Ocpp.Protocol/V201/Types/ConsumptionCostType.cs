using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.19 ConsumptionCostType: A consumption block of a sales tariff entry, with its costs.
/// </summary>
public sealed record ConsumptionCostType
{
    /// <summary>Lowest consumption of this block; the block extends to the start of the next one.</summary>
    public required decimal StartValue { get; init; }

    [MinLength(1)]
    [MaxLength(3)]
    public required IReadOnlyList<CostType> Cost { get; init; }

    public CustomDataType? CustomData { get; init; }
}
