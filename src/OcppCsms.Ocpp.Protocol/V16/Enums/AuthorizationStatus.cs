namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.2 AuthorizationStatus: whether an idTag may charge, in IdTagInfo.</summary>
public enum AuthorizationStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}
