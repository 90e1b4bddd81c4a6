namespace OcppCsms.Authorization.IdTags;

/// <summary>
/// What an operator can set on an id tag: the OCPP 1.6 §7.2 statuses but ConcurrentTx, which is no property of a tag but
/// of the moment it is presented (the authorizer decides it).
/// </summary>
internal enum StoredIdTagStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
}
