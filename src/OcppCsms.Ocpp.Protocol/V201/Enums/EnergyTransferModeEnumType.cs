namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.30 EnergyTransferModeEnumType: Energy transfer mode requested by the EV
/// (ChargingNeedsType.requestedEnergyTransfer), as in ISO 15118.
/// </summary>
public enum EnergyTransferModeEnumType
{
    DC,
    AC_single_phase,
    AC_two_phase,
    AC_three_phase,
}
