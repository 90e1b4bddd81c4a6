namespace OcppCsms.Identity.Auth;

/// <summary>
/// One refresh token, stored as its SHA-256 hash. Each use replaces it with a new one of the same family; a token
/// presented again after it was replaced means it was stolen, and the whole family is revoked.
/// </summary>
internal sealed class RefreshToken
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>All tokens descended from one sign-in.</summary>
    public Guid FamilyId { get; init; }

    public required string TokenHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; set; }
}
