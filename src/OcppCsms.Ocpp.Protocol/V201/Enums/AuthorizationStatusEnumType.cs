namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.3 AuthorizationStatusEnumType: Status of an authorization (IdTokenInfoType.status).
/// </summary>
public enum AuthorizationStatusEnumType
{
    Accepted,

    Blocked,

    /// <summary>Already in another transaction (only in the response to TransactionEvent Started).</summary>
    ConcurrentTx,

    Expired,

    Invalid,

    NoCredit,

    NotAllowedTypeEVSE,

    NotAtThisLocation,

    NotAtThisTime,

    Unknown,
}
