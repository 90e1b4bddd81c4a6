namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.6 ChargePointErrorCode: the error a StatusNotification.req reports.</summary>
public enum ChargePointErrorCode
{
    ConnectorLockFailure,
    EVCommunicationError,
    GroundFailure,
    HighTemperature,
    InternalError,
    LocalListConflict,
    NoError,
    OtherError,
    OverCurrentFailure,
    OverVoltage,
    PowerMeterFailure,
    PowerSwitchFailure,
    ReaderFailure,
    ResetFailure,
    UnderVoltage,
    WeakSignal,
}
