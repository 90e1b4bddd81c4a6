namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.36.1 NotifyEVChargingNeedsRequest (use case K15): the station passes on the charging needs the
/// EV stated over ISO 15118.
/// </summary>
public sealed record NotifyEVChargingNeedsRequest
{
    /// <summary>The most periods per schedule the EV accepts.</summary>
    public int? MaxScheduleTuples { get; init; }

    public required int EvseId { get; init; }

    public required ChargingNeedsType ChargingNeeds { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.36.2 NotifyEVChargingNeedsResponse.</summary>
public sealed record NotifyEVChargingNeedsResponse
{
    public required NotifyEVChargingNeedsStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
