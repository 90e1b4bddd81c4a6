using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.18 CompositeScheduleType: The composite schedule the Charging Station computed, in
/// GetCompositeScheduleResponse.
/// </summary>
public sealed record CompositeScheduleType
{
    /// <summary>EVSE of the schedule; 0 means the grid connection of the whole Charging Station.</summary>
    public required int EvseId { get; init; }

    /// <summary>Duration of the schedule in seconds.</summary>
    public required int Duration { get; init; }

    /// <summary>Start of the schedule; all periods are relative to it.</summary>
    public required DateTime ScheduleStart { get; init; }

    public required ChargingRateUnitEnumType ChargingRateUnit { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<ChargingSchedulePeriodType> ChargingSchedulePeriod { get; init; }

    public CustomDataType? CustomData { get; init; }
}
