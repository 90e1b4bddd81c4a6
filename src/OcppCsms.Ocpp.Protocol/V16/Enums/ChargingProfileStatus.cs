namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.11 ChargingProfileStatus: the answer to SetChargingProfile.req.</summary>
public enum ChargingProfileStatus
{
    Accepted,
    Rejected,
    NotSupported,
}
