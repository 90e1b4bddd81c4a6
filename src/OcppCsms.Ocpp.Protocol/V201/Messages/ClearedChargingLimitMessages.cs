namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.9.1 ClearedChargingLimitRequest (use case K13): the station reports that an external charging
/// limit was released.
/// </summary>
public sealed record ClearedChargingLimitRequest
{
    public required ChargingLimitSourceEnumType ChargingLimitSource { get; init; }

    public int? EvseId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.9.2 ClearedChargingLimitResponse: no fields.</summary>
public sealed record ClearedChargingLimitResponse
{
    public CustomDataType? CustomData { get; init; }
}
