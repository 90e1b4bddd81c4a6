namespace OcppCsms.Authorization.Contracts;

/// <summary>What the CSMS says about an id tag (OCPP 1.6 §7.1 AuthorizationStatus, whose words these are).</summary>
public enum IdTagStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}

/// <summary>
/// The verdict on a presented id tag: its status, until when the station may cache it, and its group (parent) tag.
/// <paramref name="Known"/> is false for a tag that is not registered at all: OCPP 1.6 has no word for it (Invalid),
/// OCPP 2.0.1 answers it Unknown (AuthorizationStatusEnumType), so the version mappings need to tell it apart.
/// <paramref name="EvseIds"/> are the only EVSEs the tag may charge at (null: any); OCPP 2.0.1 passes them on as
/// idTokenInfo.evseId (C01.FR.20), OCPP 1.6 has no such field.
/// </summary>
public sealed record IdTagVerdict(
    IdTagStatus Status, DateTime? ExpiryDate = null, string? ParentIdTag = null, bool Known = true, IReadOnlyList<int>? EvseIds = null);
