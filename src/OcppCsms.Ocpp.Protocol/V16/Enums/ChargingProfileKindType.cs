namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.9 ChargingProfileKindType: what the periods of a ChargingProfile are relative to.</summary>
public enum ChargingProfileKindType
{
    Absolute,
    Recurring,
    Relative,
}
