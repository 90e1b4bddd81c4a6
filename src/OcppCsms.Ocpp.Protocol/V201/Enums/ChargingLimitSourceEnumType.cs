namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.11 ChargingLimitSourceEnumType: Source of a charging limit: an energy management system, a
/// system operator (DSO/TSO), the CSO or another source.
/// </summary>
public enum ChargingLimitSourceEnumType
{
    EMS,
    Other,
    SO,
    CSO,
}
