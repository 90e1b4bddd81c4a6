using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.33.1 NotifyChargingLimitRequest (use cases K11, K12): the station reports a charging limit set
/// by an external system.
/// </summary>
public sealed record NotifyChargingLimitRequest
{
    public int? EvseId { get; init; }

    public required ChargingLimitType ChargingLimit { get; init; }

    /// <summary>The limits over time as set by the external source.</summary>
    [MinLength(1)]
    public IReadOnlyList<ChargingScheduleType>? ChargingSchedule { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.33.2 NotifyChargingLimitResponse: no fields.</summary>
public sealed record NotifyChargingLimitResponse
{
    public CustomDataType? CustomData { get; init; }
}
