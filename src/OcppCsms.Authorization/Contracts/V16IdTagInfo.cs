using OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Authorization.Contracts;

/// <summary>
/// A verdict as OCPP 1.6 idTagInfo (§7.27), for Authorize and for the answers to StartTransaction and StopTransaction
/// (the transactions module), so that every 1.6 answer carries a verdict the same way.
/// </summary>
public static class V16IdTagInfo
{
    /// <summary>OCPP 1.6 §7.28: an IdToken holds at most 20 characters.</summary>
    private const int MaxIdTokenLength = 20;

    /// <summary>
    /// A parent tag longer than a 1.6 IdToken (registered for 2.0.1 stations, which allow 36) cannot be sent to a 1.6
    /// station; the parent is optional (§4.1: the answer MAY include it), so it is left out rather than break the schema.
    /// </summary>
    public static IdTagInfo From(IdTagVerdict verdict) => new()
    {
        Status = Enum.Parse<AuthorizationStatus>(verdict.Status.ToString()),
        ExpiryDate = verdict.ExpiryDate,
        ParentIdTag = verdict.ParentIdTag is { Length: <= MaxIdTokenLength } parent ? parent : null,
    };
}
