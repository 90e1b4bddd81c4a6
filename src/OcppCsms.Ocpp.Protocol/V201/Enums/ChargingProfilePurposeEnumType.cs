namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.13 ChargingProfilePurposeEnumType: Purpose of a charging profile, which decides where it
/// stacks in the composite schedule.
/// </summary>
public enum ChargingProfilePurposeEnumType
{
    ChargingStationExternalConstraints,
    ChargingStationMaxProfile,
    TxDefaultProfile,
    TxProfile,
}
