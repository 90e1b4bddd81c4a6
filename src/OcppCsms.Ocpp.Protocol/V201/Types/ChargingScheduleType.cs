using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.12 ChargingScheduleType: A charging schedule: periods of limits in W or A, optionally with
/// an ISO 15118 sales tariff.
/// </summary>
public sealed record ChargingScheduleType
{
    public required int Id { get; init; }

    /// <summary>Start of an absolute or recurring schedule.</summary>
    public DateTime? StartSchedule { get; init; }

    /// <summary>
    /// Duration in seconds. Absent: the last period lasts indefinitely, or until the transaction ends for a
    /// TxProfile.
    /// </summary>
    public int? Duration { get; init; }

    public required ChargingRateUnitEnumType ChargingRateUnit { get; init; }

    /// <summary>Minimum charging rate the EV supports, in chargingRateUnit.</summary>
    public decimal? MinChargingRate { get; init; }

    /// <summary>
    /// At most SmartChargingCtrlr.PeriodsPerSchedule periods when the station supports fewer than 1024.
    /// </summary>
    [MinLength(1)]
    [MaxLength(1024)]
    public required IReadOnlyList<ChargingSchedulePeriodType> ChargingSchedulePeriod { get; init; }

    public SalesTariffType? SalesTariff { get; init; }

    public CustomDataType? CustomData { get; init; }
}
