using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.ApiKeys;

/// <summary>
/// A machine credential with a role, like a user's. The secret is shown once at creation and stored as its SHA-256
/// hash: it is 256 random bits, so a fast hash is as safe as a slow one and keeps per-request checks cheap.
/// </summary>
internal sealed class ApiKey
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The public, unique part of the key, used to find it; also shown in listings.</summary>
    public required string Prefix { get; init; }

    public required string SecretHash { get; init; }

    public OperatorRole Role { get; init; }

    /// <summary>Overrides <c>RateLimiting:ApiPerMinute</c> for this key.</summary>
    public int? RequestsPerMinute { get; init; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
