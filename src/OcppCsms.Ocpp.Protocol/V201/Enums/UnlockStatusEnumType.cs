namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.83 UnlockStatusEnumType: Result of an UnlockConnectorRequest.</summary>
public enum UnlockStatusEnumType
{
    Unlocked,
    UnlockFailed,
    OngoingAuthorizedTransaction,
    UnknownConnector,
}
