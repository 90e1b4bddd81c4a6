namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.21 ClearChargingProfileStatus: the answer to ClearChargingProfile.req (Unknown: no profile matched).</summary>
public enum ClearChargingProfileStatus
{
    Accepted,
    Unknown,
}
