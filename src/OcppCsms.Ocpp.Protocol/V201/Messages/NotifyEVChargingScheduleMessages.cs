namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.37.1 NotifyEVChargingScheduleRequest (use cases K15, K17): the station passes on the charging
/// schedule the EV calculated.
/// </summary>
public sealed record NotifyEVChargingScheduleRequest
{
    /// <summary>The schedule's periods are relative to this time.</summary>
    public required DateTime TimeBase { get; init; }

    public required int EvseId { get; init; }

    public required ChargingScheduleType ChargingSchedule { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.37.2 NotifyEVChargingScheduleResponse.</summary>
public sealed record NotifyEVChargingScheduleResponse
{
    public required GenericStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
