namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>
/// What a profile limits (1.6 §7.10, 2.0.1 part 2 §3.13), named as in OCPP 1.6; 2.0.1 calls the first
/// ChargingStationMaxProfile.
/// </summary>
public enum ChargingProfilePurpose
{
    /// <summary>The whole station's limit, on connector (EVSE) 0 only.</summary>
    ChargePointMaxProfile,

    /// <summary>The default for new transactions, on one connector or on 0 for all.</summary>
    TxDefaultProfile,

    /// <summary>One transaction's limit, on a connector greater than 0; it ends with the transaction.</summary>
    TxProfile,

    /// <summary>OCPP 2.0.1 only: a limit set by an external system (an EMS) that the CSMS may only read.</summary>
    ChargingStationExternalConstraints,
}
