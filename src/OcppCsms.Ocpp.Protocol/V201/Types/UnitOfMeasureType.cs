using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.49 UnitOfMeasureType: Unit and decimal multiplier of a sampled value.</summary>
public sealed record UnitOfMeasureType
{
    /// <summary>
    /// A unit from the part 2 appendices' list, or a custom one. Absent means "Wh" (for energy measurands).
    /// </summary>
    [MaxLength(20)]
    public string? Unit { get; init; }

    /// <summary>Exponent to base 10. Absent means 0.</summary>
    public int? Multiplier { get; init; }

    public CustomDataType? CustomData { get; init; }
}
