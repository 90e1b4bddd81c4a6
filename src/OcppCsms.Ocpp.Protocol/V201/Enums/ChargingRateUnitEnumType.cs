namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.15 ChargingRateUnitEnumType: Unit of a charging schedule's limits: watts or amperes.
/// </summary>
public enum ChargingRateUnitEnumType
{
    W,
    A,
}
