namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.36 Reason: why a transaction was stopped, in StopTransaction.req (absent means Local).</summary>
public enum Reason
{
    DeAuthorized,
    EmergencyStop,
    EVDisconnected,
    HardReset,
    Local,
    Other,
    PowerLoss,
    Reboot,
    Remote,
    SoftReset,
    UnlockCommand,
}
