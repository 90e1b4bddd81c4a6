namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.46 UnlockStatus: the answer to UnlockConnector.req.</summary>
public enum UnlockStatus
{
    Unlocked,
    UnlockFailed,
    NotSupported,
}
