using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Persistence;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Identity.Jwt;

/// <summary>
/// The HMAC key for operator tokens: <c>Jwt:SigningKey</c> when configured; otherwise the key stored in the database,
/// generated on the first start. Loaded once at start so that token validation never touches the database.
/// </summary>
internal sealed partial class JwtSigningKeyProvider(
    IDbContextFactory<IdentityDbContext> contexts,
    IOptions<JwtOptions> options,
    TimeProvider clock,
    ILogger<JwtSigningKeyProvider> logger) : IStartupTask
{
    private const int GeneratedKeyBytes = 64;
    private byte[]? _key;

    public byte[] Key => _key ?? throw new InvalidOperationException("The JWT signing key is read at start-up, before the server accepts requests.");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.SigningKey))
        {
            _key = Encoding.UTF8.GetBytes(options.Value.SigningKey);
            LogSource(logger, "Jwt:SigningKey");
            return;
        }

        _key = await LoadAsync(cancellationToken) ?? await CreateAsync(cancellationToken);
    }

    private async Task<byte[]?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.SigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == SigningKey.JwtKeyId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        LogSource(logger, "the database");
        return Convert.FromBase64String(stored.KeyMaterial);
    }

    private async Task<byte[]> CreateAsync(CancellationToken cancellationToken)
    {
        var key = RandomNumberGenerator.GetBytes(GeneratedKeyBytes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SigningKeys.Add(new SigningKey
        {
            Id = SigningKey.JwtKeyId,
            KeyMaterial = Convert.ToBase64String(key),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node stored its key first; every node must sign with the same one.
            return await LoadAsync(cancellationToken) ?? throw new InvalidOperationException("The JWT signing key could neither be stored nor read.");
        }

        LogGenerated(logger);
        return key;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "JWT signing key taken from {Source}")]
    private static partial void LogSource(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "JWT signing key generated and stored in the database; set Jwt:SigningKey to manage it yourself")]
    private static partial void LogGenerated(ILogger logger);
}
