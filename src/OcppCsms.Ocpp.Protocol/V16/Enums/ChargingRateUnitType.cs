namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.12 ChargingRateUnitType: the unit of a charging schedule's limits: W is the total power, A the current per phase.</summary>
public enum ChargingRateUnitType
{
    W,
    A,
}
