using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Identity.Audit;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Jwt;
using OcppCsms.Identity.Persistence;
using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.Auth;

internal sealed record TokenResponse(string AccessToken, DateTime ExpiresAt, string RefreshToken, DateTime RefreshTokenExpiresAt, string TokenType = "Bearer");

/// <summary>
/// Sign-in, token refresh and sign-out. Every failure looks the same to the caller (401), whether the account is
/// unknown, the password wrong or the account locked, so nothing about accounts leaks; the audit log tells them apart.
/// </summary>
internal sealed partial class SignInService(
    IDbContextFactory<IdentityDbContext> contexts,
    IPasswordHasher<OperatorUser> hasher,
    AccessTokenIssuer accessTokens,
    RefreshTokens refreshTokens,
    AuditLog audit,
    TimeProvider clock,
    ILogger<SignInService> logger)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);
    private const string Target = "users";

    // Verifying against this hash when the account does not exist costs the same time as a real check.
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<TokenResponse?> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = OperatorUser.Normalize(userName);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
            await AuditAsync("auth.login", null, userName, "failed: unknown account", cancellationToken);
            return null;
        }

        if (!await CheckPasswordAsync(db, user, password, "auth.login", now, cancellationToken))
        {
            return null;
        }

        var refresh = refreshTokens.Add(db, user.Id, familyId: Guid.CreateVersion7());
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("auth.login", user, user.UserName, "succeeded", cancellationToken);
        return Respond(user, refresh);
    }

    public async Task<TokenResponse?> RefreshAsync(string presented, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await RefreshTokens.FindAsync(db, presented, cancellationToken);
        if (token is null || token.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        if (!await refreshTokens.TryUseAsync(db, token, cancellationToken))
        {
            // Used before: someone replays a stolen token, or the owner does after it was stolen. Either way the
            // session is compromised, so every token of this sign-in is revoked.
            var revoked = await refreshTokens.RevokeFamilyAsync(db, token.FamilyId, cancellationToken);
            LogReuse(logger, token.UserId, revoked);
            await AuditAsync("auth.refresh", new AuditActor(OperatorClaims.UserPrincipal, token.UserId.ToString(), null), token.UserId,
                "failed: reused token, session revoked", cancellationToken);
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var refresh = refreshTokens.Add(db, user.Id, token.FamilyId);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("auth.refresh", user, user.UserName, "succeeded", cancellationToken);
        return Respond(user, refresh);
    }

    /// <returns>False when the token is not one of this user's.</returns>
    public async Task<bool> SignOutAsync(Guid userId, string presented, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await RefreshTokens.FindAsync(db, presented, cancellationToken);
        if (token is null || token.UserId != userId)
        {
            return false;
        }

        await refreshTokens.RevokeFamilyAsync(db, token.FamilyId, cancellationToken);
        await AuditAsync("auth.logout", new AuditActor(OperatorClaims.UserPrincipal, userId.ToString(), null), userId, "succeeded", cancellationToken);
        return true;
    }

    /// <summary>
    /// The current password of a password change, checked under the same lockout rules as a sign-in: a stolen access
    /// token must not become a way to guess the password without limit.
    /// </summary>
    public async Task<bool> CheckCurrentPasswordAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is not null && await CheckPasswordAsync(db, user, password, "auth.password", clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<bool> CheckPasswordAsync(IdentityDbContext db, OperatorUser user, string password, string action, DateTime now, CancellationToken cancellationToken)
    {
        if (!await TryClaimAttemptAsync(db, user.Id, now, cancellationToken))
        {
            await AuditAsync(action, user, user.UserName, "failed: locked out", cancellationToken);
            return false;
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            await RegisterFailureAsync(db, user, action, now, cancellationToken);
            return false;
        }

        // The claim raised the attempt count in the database only, so the reset goes there too, not through a stale copy.
        var rehashed = verification == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : null;
        var signingIn = action == "auth.login";
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set =>
        {
            set.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockoutEnd, (DateTime?)null);
            if (signingIn)
            {
                set.SetProperty(u => u.LastLoginAt, now);
            }

            if (rehashed is not null)
            {
                set.SetProperty(u => u.PasswordHash, rehashed);
            }
        }, cancellationToken);
        return true;
    }

    /// <summary>
    /// Counts the attempt before its password is checked, in one conditional update, and refuses it when the account
    /// is locked or its attempts are used up. Reading the count and writing it back later would let concurrent guesses
    /// all read the same count: N parallel requests could then check 5N passwords before the lockout.
    /// </summary>
    private static async Task<bool> TryClaimAttemptAsync(IdentityDbContext db, Guid userId, DateTime now, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd <= now) && u.FailedLoginCount < MaxFailedAttempts)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1), cancellationToken) == 1;

    /// <summary>The failure that used up the last attempt locks the account; exactly one request can.</summary>
    private async Task RegisterFailureAsync(IdentityDbContext db, OperatorUser user, string action, DateTime now, CancellationToken cancellationToken)
    {
        var lockoutEnd = now + LockoutDuration;
        var lockedOut = await db.Users
            .Where(u => u.Id == user.Id && u.FailedLoginCount >= MaxFailedAttempts && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, lockoutEnd).SetProperty(u => u.FailedLoginCount, 0), cancellationToken) == 1;
        if (lockedOut)
        {
            LogLockedOut(logger, user.UserName, MaxFailedAttempts, LockoutDuration.TotalMinutes);
            await AuditAsync("auth.lockout", user, user.UserName, $"locked until {lockoutEnd:O}", cancellationToken);
        }
        else
        {
            await AuditAsync(action, user, user.UserName, "failed: wrong password", cancellationToken);
        }
    }

    private TokenResponse Respond(OperatorUser user, IssuedRefreshToken refresh)
    {
        var access = accessTokens.Issue(user);
        return new TokenResponse(access.Token, access.ExpiresAt, refresh.Token, refresh.ExpiresAt);
    }

    private Task AuditAsync(string action, OperatorUser? user, string attemptedName, string outcome, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(action, Target, user?.Id.ToString(), outcome),
            new AuditActor(user is null ? AuditActor.Anonymous : OperatorClaims.UserPrincipal, user?.Id.ToString(), attemptedName), cancellationToken);

    private Task AuditAsync(string action, AuditActor actor, Guid userId, string outcome, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(action, Target, userId.ToString(), outcome), actor, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserName} locked out after {Attempts} failed sign-ins, for {Minutes} minutes")]
    private static partial void LogLockedOut(ILogger logger, string userName, int attempts, double minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A used refresh token of user {UserId} was presented again; revoked {Revoked} tokens of that sign-in")]
    private static partial void LogReuse(ILogger logger, Guid userId, int revoked);
}
