using OcppCsms.Authorization.Contracts;
using OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Transactions.Ocpp.V201;

/// <summary>
/// The verdict on an id token in OCPP 2.0.1 words (part 2 §2.27 IdTokenInfoType): the status, the cache expiry, and the
/// group id token, whose type the CSMS does not keep and so gives as Central (an id of the CSMS's own).
/// </summary>
internal static class V201IdTokenInfo
{
    public static IdTokenInfoType From(IdTagVerdict verdict) => new()
    {
        Status = verdict.Status switch
        {
            IdTagStatus.Accepted => AuthorizationStatusEnumType.Accepted,
            IdTagStatus.Blocked => AuthorizationStatusEnumType.Blocked,
            IdTagStatus.Expired => AuthorizationStatusEnumType.Expired,
            IdTagStatus.Invalid => AuthorizationStatusEnumType.Invalid,
            IdTagStatus.ConcurrentTx => AuthorizationStatusEnumType.ConcurrentTx,
            _ => AuthorizationStatusEnumType.Unknown,
        },
        CacheExpiryDateTime = verdict.ExpiryDate,
        GroupIdToken = verdict.ParentIdTag is { } group ? new IdTokenType { IdToken = group, Type = IdTokenEnumType.Central } : null,
    };
}
