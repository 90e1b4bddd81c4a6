namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.7 ChargingLimitType: Source of an external charging limit, as reported in
/// NotifyChargingLimitRequest.
/// </summary>
public sealed record ChargingLimitType
{
    public required ChargingLimitSourceEnumType ChargingLimitSource { get; init; }

    public bool? IsGridCritical { get; init; }

    public CustomDataType? CustomData { get; init; }
}
