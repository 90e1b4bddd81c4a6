using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Jwt;
using OcppCsms.Identity.Persistence;

namespace OcppCsms.Identity.Auth;

internal sealed record IssuedRefreshToken(string Token, DateTime ExpiresAt);

/// <summary>Rotating refresh tokens (RFC 9700 §4.14.2): one use each, reuse revokes the family.</summary>
internal sealed class RefreshTokens(IOptions<JwtOptions> options, TimeProvider clock)
{
    public IssuedRefreshToken Add(IdentityDbContext db, Guid userId, Guid familyId)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddDays(options.Value.RefreshTokenDays);
        db.RefreshTokens.Add(new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = expires,
        });
        return new IssuedRefreshToken(token, expires);
    }

    public static Task<RefreshToken?> FindAsync(IdentityDbContext db, string presented, CancellationToken cancellationToken)
    {
        var hash = Hash(presented);
        return db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
    }

    /// <returns>True when this call used the token; false when it was already used, by an earlier or a concurrent call.</returns>
    public async Task<bool> TryUseAsync(IdentityDbContext db, RefreshToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.RefreshTokens.Where(t => t.Id == token.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken) == 1;
    }

    public Task<int> RevokeFamilyAsync(IdentityDbContext db, Guid familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    public Task<int> RevokeAllAsync(IdentityDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
