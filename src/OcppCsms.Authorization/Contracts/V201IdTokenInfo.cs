using OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Authorization.Contracts;

/// <summary>
/// A verdict as OCPP 2.0.1 idTokenInfo (part 2 §2.27), for Authorize and for the answers to TransactionEvent (the
/// transactions module), so that every 2.0.1 answer carries a verdict the same way.
/// </summary>
public static class V201IdTokenInfo
{
    /// <summary>
    /// A tag that is not registered is Unknown (AuthorizationStatusEnumType: "Identifier is unknown"); the other
    /// statuses keep their 1.6 words, which 2.0.1 has too. The expiry is the cache expiry, and the parent tag is the
    /// groupIdToken (C01.FR.06) of type Central: the CSMS issued the group, no station read it from a card. A tag
    /// restricted to some EVSEs carries them as evseId, and the station charges only there (C01.FR.20, C01.FR.21); an
    /// unrestricted one has none (C01.FR.19).
    /// </summary>
    public static IdTokenInfoType From(IdTagVerdict verdict) => new()
    {
        Status = verdict.Known ? Enum.Parse<AuthorizationStatusEnumType>(verdict.Status.ToString()) : AuthorizationStatusEnumType.Unknown,
        CacheExpiryDateTime = verdict.ExpiryDate,
        EvseId = verdict.EvseIds,
        GroupIdToken = verdict.ParentIdTag is { } parent ? new IdTokenType { IdToken = parent, Type = IdTokenEnumType.Central } : null,
    };
}
