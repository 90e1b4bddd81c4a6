namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.14 ChargingProfileStatusEnumType: Result of a SetChargingProfileRequest.</summary>
public enum ChargingProfileStatusEnumType
{
    Accepted,
    Rejected,
}
