namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.11 ChargingSchedulePeriodType: One period of a charging schedule: a limit from a start
/// offset until the next period starts.
/// </summary>
public sealed record ChargingSchedulePeriodType
{
    /// <summary>
    /// Start of the period in seconds from the start of the schedule; it also ends the previous period.
    /// </summary>
    public required int StartPeriod { get; init; }

    /// <summary>
    /// Limit in the schedule's chargingRateUnit. The spec accepts at most one fractional digit; the schema does not
    /// enforce it, so neither does this record.
    /// </summary>
    public required decimal Limit { get; init; }

    /// <summary>Phases that may be used. Absent means 3 on an AC EVSE; omitted for DC.</summary>
    public int? NumberPhases { get; init; }

    /// <summary>
    /// Phase to use when numberPhases is 1 and the EVSE can switch phases (the spec says 1..3; the schema sets no
    /// bounds, so neither does this record).
    /// </summary>
    public int? PhaseToUse { get; init; }

    public CustomDataType? CustomData { get; init; }
}
