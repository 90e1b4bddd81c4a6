namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.7 ChargePointStatus: the status of the Charge Point (connector 0) or of a connector in StatusNotification.req.</summary>
public enum ChargePointStatus
{
    Available,
    Preparing,
    Charging,
    SuspendedEVSE,
    SuspendedEV,
    Finishing,
    Reserved,
    Unavailable,
    Faulted,
}
