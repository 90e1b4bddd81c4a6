namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.12 ChargingProfileKindEnumType: Kind of charging schedule: absolute, recurring, or relative
/// to the start of energy transfer.
/// </summary>
public enum ChargingProfileKindEnumType
{
    Absolute,
    Recurring,
    Relative,
}
