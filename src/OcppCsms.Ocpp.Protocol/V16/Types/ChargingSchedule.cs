using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.13 ChargingSchedule: the limits over time of a ChargingProfile or of a composite schedule.</summary>
public sealed record ChargingSchedule
{
    /// <summary>Seconds; absent means the last period lasts until the transaction ends.</summary>
    public int? Duration { get; init; }

    /// <summary>Start of an Absolute schedule; absent means relative to the start of charging.</summary>
    public DateTime? StartSchedule { get; init; }

    public required ChargingRateUnitType ChargingRateUnit { get; init; }

    /// <summary>The periods, in order of startPeriod; the first starts at 0.</summary>
    public required IReadOnlyList<ChargingSchedulePeriod> ChargingSchedulePeriod { get; init; }

    /// <summary>The lowest rate the EV supports, in chargingRateUnit, for a local smart-charging controller.</summary>
    [MultipleOf(0.1)]
    public decimal? MinChargingRate { get; init; }
}
