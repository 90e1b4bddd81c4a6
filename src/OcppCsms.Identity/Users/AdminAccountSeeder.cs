using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Persistence;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Identity.Users;

/// <summary>
/// Creates the first Admin on a start that finds no operator users, so a fresh install can be signed in to.
/// A generated password goes straight to the console, never through the logger: log files and shippers must
/// not hold it.
/// </summary>
internal sealed partial class AdminAccountSeeder(
    IDbContextFactory<IdentityDbContext> contexts,
    IPasswordHasher<OperatorUser> hasher,
    IOptions<AdminOptions> options,
    TimeProvider clock,
    ILogger<AdminAccountSeeder> logger) : IStartupTask
{
    // No look-alike characters, so the password survives being read off a terminal.
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_.!";
    private const int GeneratedPasswordLength = 24;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var configured = options.Value;
        var generated = string.IsNullOrEmpty(configured.Password);
        var password = generated ? RandomNumberGenerator.GetString(PasswordAlphabet, GeneratedPasswordLength) : configured.Password!;
        var userName = configured.Username.Trim();
        var admin = new OperatorUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            NormalizedUserName = OperatorUser.Normalize(userName),
            Role = OperatorRole.Admin,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        admin.PasswordHash = hasher.HashPassword(admin, password);
        db.Users.Add(admin);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded the first account at the same moment: theirs stands. Anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.Users.AnyAsync(cancellationToken))
            {
                return;
            }

            throw;
        }

        if (generated)
        {
            await Console.Out.WriteLineAsync(GeneratedPasswordNotice(userName, password));
            await Console.Out.FlushAsync(cancellationToken);
            LogCreatedGenerated(logger, userName);
        }
        else
        {
            LogCreatedConfigured(logger, userName);
        }
    }

    private static string GeneratedPasswordNotice(string userName, string password) => $"""

        ================================================================
          No operator account existed, so this one was created:
            username: {userName}
            password: {password}
          It is shown only this once. Sign in and change it.
        ================================================================

        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first operator account '{UserName}' with a generated password, printed once to the console; change it after signing in")]
    private static partial void LogCreatedGenerated(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first operator account '{UserName}' with the password from Admin:Password")]
    private static partial void LogCreatedConfigured(ILogger logger, string userName);
}
