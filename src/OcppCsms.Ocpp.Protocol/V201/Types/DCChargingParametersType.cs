using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.21 DCChargingParametersType: EV DC charging parameters (ISO 15118), part of
/// ChargingNeedsType.
/// </summary>
public sealed record DCChargingParametersType
{
    /// <summary>Maximum current, in A, including cable capacity.</summary>
    public required int EvMaxCurrent { get; init; }

    /// <summary>Maximum voltage, in V.</summary>
    public required int EvMaxVoltage { get; init; }

    /// <summary>Energy requested, in Wh, including energy for preconditioning.</summary>
    public int? EnergyAmount { get; init; }

    /// <summary>Maximum power, in W.</summary>
    public int? EvMaxPower { get; init; }

    /// <summary>Energy in the battery, in percent of its capacity.</summary>
    [Range(0, 100)]
    public int? StateOfCharge { get; init; }

    /// <summary>Battery capacity, in Wh.</summary>
    public int? EvEnergyCapacity { get; init; }

    /// <summary>State of charge (percent) at which the EV considers the battery full.</summary>
    [Range(0, 100)]
    public int? FullSoC { get; init; }

    /// <summary>State of charge (percent) at which the EV ends fast charging.</summary>
    [Range(0, 100)]
    public int? BulkSoC { get; init; }

    public CustomDataType? CustomData { get; init; }
}
