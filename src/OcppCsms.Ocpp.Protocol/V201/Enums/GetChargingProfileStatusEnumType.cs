namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.38 GetChargingProfileStatusEnumType: Result of a GetChargingProfilesRequest; NoProfiles
/// means nothing will be reported.
/// </summary>
public enum GetChargingProfileStatusEnumType
{
    Accepted,
    NoProfiles,
}
