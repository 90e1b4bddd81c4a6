namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>One period of a <see cref="ChargingSchedule"/> (1.6 §7.14, 2.0.1 part 2 §2.11): a limit from its start until the next period's.</summary>
public sealed record ChargingSchedulePeriod
{
    /// <summary>Seconds from the start of the schedule.</summary>
    public required int StartPeriod { get; init; }

    /// <summary>The limit in the schedule's unit (W: total power, A: current per phase), with at most one decimal.</summary>
    public required decimal Limit { get; init; }

    /// <summary>The phases that may be used; absent: 3 on AC.</summary>
    public int? NumberPhases { get; init; }

    /// <summary>OCPP 2.0.1 only: the phase (1 to 3) to charge on when <see cref="NumberPhases"/> is 1 and the EVSE can switch.</summary>
    public int? PhaseToUse { get; init; }
}
