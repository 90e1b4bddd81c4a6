using FluentValidation;
using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.ApiKeys;

/// <param name="Role">Nullable only so that a missing role is refused instead of defaulting to Admin.</param>
/// <param name="RequestsPerMinute">This key's own rate limit; unset uses <c>RateLimiting:ApiPerMinute</c>.</param>
internal sealed record CreateApiKeyRequest(string Name, OperatorRole? Role, DateTime? ExpiresAt, int? RequestsPerMinute);

/// <summary>Returned once, at creation: <see cref="Key"/> is the only time the secret is shown.</summary>
internal sealed record CreatedApiKeyResponse(Guid Id, string Name, OperatorRole Role, string Prefix, string Key, DateTime CreatedAt, DateTime? ExpiresAt, int? RequestsPerMinute);

/// <param name="Status"><c>active</c>, <c>expired</c> or <c>revoked</c>.</param>
internal sealed record ApiKeyResponse(
    Guid Id, string Name, OperatorRole Role, string Prefix, string Status, DateTime CreatedAt, string CreatedBy,
    DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt, int? RequestsPerMinute)
{
    public static ApiKeyResponse From(ApiKey key, DateTime now) => new(
        key.Id, key.Name, key.Role, key.Prefix,
        key.RevokedAt is not null ? "revoked" : key.ExpiresAt <= now ? "expired" : "active",
        key.CreatedAt, key.CreatedBy, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.RequestsPerMinute);
}

internal sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(r => r.Role).NotNull().IsInEnum();
        RuleFor(r => r.ExpiresAt).Must(at => at is null || at.Value.ToUniversalTime() > clock.GetUtcNow().UtcDateTime)
            .WithMessage("'expiresAt' must be in the future.");
        RuleFor(r => r.RequestsPerMinute).InclusiveBetween(1, 100_000);
    }
}
