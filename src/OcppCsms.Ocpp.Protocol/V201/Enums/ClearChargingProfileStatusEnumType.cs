namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.18 ClearChargingProfileStatusEnumType: Result of a ClearChargingProfileRequest; Unknown
/// means no profile matched.
/// </summary>
public enum ClearChargingProfileStatusEnumType
{
    Accepted,
    Unknown,
}
