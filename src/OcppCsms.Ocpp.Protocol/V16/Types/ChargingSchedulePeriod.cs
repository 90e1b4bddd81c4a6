using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.14 ChargingSchedulePeriod: one period of a ChargingSchedule.</summary>
public sealed record ChargingSchedulePeriod
{
    /// <summary>Seconds from the start of the schedule; it also ends the previous period.</summary>
    public required int StartPeriod { get; init; }

    /// <summary>The limit in the schedule's chargingRateUnit (A or W), with at most one decimal.</summary>
    [MultipleOf(0.1)]
    public required decimal Limit { get; init; }

    /// <summary>Phases that may be used; 3 is assumed when absent.</summary>
    public int? NumberPhases { get; init; }
}
