namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.59 NotifyEVChargingNeedsStatusEnumType: Result of a NotifyEVChargingNeedsRequest.
/// </summary>
public enum NotifyEVChargingNeedsStatusEnumType
{
    Accepted,
    Rejected,
    Processing,
}
