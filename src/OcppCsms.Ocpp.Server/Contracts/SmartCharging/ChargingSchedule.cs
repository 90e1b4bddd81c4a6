namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>The limits over time of a <see cref="ChargingProfile"/> (1.6 §7.13 ChargingSchedule, 2.0.1 part 2 §2.12 ChargingScheduleType).</summary>
public sealed record ChargingSchedule
{
    /// <summary>Seconds; absent: the last period lasts until the profile ends (for a TxProfile, the transaction).</summary>
    public int? Duration { get; init; }

    /// <summary>Where an Absolute or Recurring schedule starts; absent: relative to the start of charging.</summary>
    public DateTime? StartSchedule { get; init; }

    public required ChargingRateUnit ChargingRateUnit { get; init; }

    /// <summary>The lowest rate the EV supports, in <see cref="ChargingRateUnit"/>.</summary>
    public decimal? MinChargingRate { get; init; }

    /// <summary>The periods in ascending order of start; the first starts at 0.</summary>
    public required IReadOnlyList<ChargingSchedulePeriod> Periods { get; init; }
}
