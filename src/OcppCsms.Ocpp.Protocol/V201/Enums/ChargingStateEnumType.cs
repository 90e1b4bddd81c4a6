namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.16 ChargingStateEnumType: State of the charging process of a transaction
/// (TransactionType.chargingState).
/// </summary>
public enum ChargingStateEnumType
{
    Charging,
    EVConnected,
    SuspendedEV,
    SuspendedEVSE,
    Idle,
}
