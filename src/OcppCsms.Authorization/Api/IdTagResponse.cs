using OcppCsms.Authorization.IdTags;

namespace OcppCsms.Authorization.Api;

/// <summary>
/// An id tag as stored. <c>status</c> is the stored one: a tag whose <c>expiryDate</c> has passed is answered Expired
/// at a station whatever it says, and so are the members of a registered parent that is not Accepted. <c>evseIds</c>
/// null: the tag may charge at any EVSE.
/// </summary>
internal sealed record IdTagResponse(
    string IdTag, StoredIdTagStatus Status, DateTime? ExpiryDate, string? ParentIdTag, string? Description, IReadOnlyList<int>? EvseIds,
    DateTime CreatedAt, DateTime UpdatedAt)
{
    public static IdTagResponse From(IdTag tag) =>
        new(tag.Tag, tag.Status, tag.ExpiryDate, tag.ParentIdTag, tag.Description, tag.EvseIds, tag.CreatedAt, tag.UpdatedAt);
}
