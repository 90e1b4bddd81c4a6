namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.10 ChargingProfilePurposeType: the purpose of a ChargingProfile.</summary>
public enum ChargingProfilePurposeType
{
    ChargePointMaxProfile,
    TxDefaultProfile,
    TxProfile,
}
