using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Persistence;
using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.ApiKeys;

/// <summary>Creates, checks and revokes API keys. Every check reads the database, so a revocation takes effect at once.</summary>
internal sealed class ApiKeyStore(IDbContextFactory<IdentityDbContext> contexts, TimeProvider clock)
{
    // last-used is for operators spotting dead keys; once a minute per key is precise enough and spares a write per request.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, DateTime> _lastUsedWritten = new();

    public async Task<(ApiKey Key, string Secret)> CreateAsync(
        string name, OperatorRole role, DateTime? expiresAt, int? requestsPerMinute, string createdBy, CancellationToken cancellationToken)
    {
        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Prefix = secret.Prefix,
            SecretHash = secret.Hash(),
            Role = role,
            RequestsPerMinute = requestsPerMinute,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
            ExpiresAt = expiresAt?.ToUniversalTime(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret.ToString());
    }

    /// <returns>The key when it exists, matches, is not revoked and has not expired.</returns>
    public async Task<ApiKey?> FindUsableAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presented, out var secret))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == secret.Prefix, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null || !secret.Matches(key.SecretHash) || key.RevokedAt is not null || key.ExpiresAt <= now)
        {
            return null;
        }

        if (!_lastUsedWritten.TryGetValue(key.Id, out var written) || now - written >= LastUsedPrecision)
        {
            _lastUsedWritten[key.Id] = now;
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }

        return key;
    }

    /// <returns>False when there is no such key. Revoking twice is not an error.</returns>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
