using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Audit;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Persistence;
using OcppCsms.Identity.Users;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Identity.Auth;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Authentication").WithRequestValidation()
            .WithMetadata(new ExplicitAuditAttribute());

        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Sign in with a user name and password; returns a short-lived access token and a refresh token.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous()
            .WithSummary("Trade a refresh token for a new access token and a new refresh token (the old one stops working).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/logout", LogoutAsync).RequireAuthorization(OperatorPolicies.Viewer)
            .WithSummary("Revoke a refresh token (and every token of its sign-in).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        auth.MapGet("/me", Me).RequireAuthorization(OperatorPolicies.Viewer)
            .WithSummary("Who the caller is: user or API key, name and role.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPut("/password", ChangePasswordAsync).RequireAuthorization(OperatorPolicies.Viewer)
            .WithSummary("Change the signed-in user's password; revokes all of the user's refresh tokens. Wrong current passwords count towards the lockout.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> LoginAsync(LoginRequest request, SignInService signIn, CancellationToken cancellationToken) =>
        await signIn.SignInAsync(request.Username, request.Password, cancellationToken) is { } tokens
            ? TypedResults.Ok(tokens)
            : Unauthorized("The user name or password is wrong, or the account is locked for a while.");

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(RefreshRequest request, SignInService signIn, CancellationToken cancellationToken) =>
        await signIn.RefreshAsync(request.RefreshToken, cancellationToken) is { } tokens
            ? TypedResults.Ok(tokens)
            : Unauthorized("The refresh token is unknown, expired or already used. Sign in again.");

    private static async Task<Results<NoContent, ProblemHttpResult>> LogoutAsync(
        LogoutRequest request, ClaimsPrincipal user, SignInService signIn, CancellationToken cancellationToken)
    {
        if (!IsUser(user, out var userId))
        {
            return ApiKeysHaveNoSession();
        }

        return await signIn.SignOutAsync(userId, request.RefreshToken, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such refresh token",
                detail: "The refresh token does not belong to this user.");
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        user.FindFirstValue(OperatorClaims.Subject)!,
        user.FindFirstValue(OperatorClaims.Name)!,
        user.FindFirstValue(OperatorClaims.Role)!,
        user.FindFirstValue(OperatorClaims.PrincipalType)!));

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ClaimsPrincipal principal, IDbContextFactory<IdentityDbContext> contexts, SignInService signIn,
        IPasswordHasher<OperatorUser> hasher, RefreshTokens refreshTokens, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!IsUser(principal, out var userId))
        {
            return ApiKeysHaveNoSession();
        }

        // The check counts towards the lockout and writes its own audit line when it fails.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await signIn.CheckCurrentPasswordAsync(userId, request.CurrentPassword, cancellationToken)
            || await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is not { } user)
        {
            return Unauthorized("The current password is wrong, or the account is locked for a while.");
        }

        user.PasswordHash = hasher.HashPassword(user, request.NewPassword);
        await db.SaveChangesAsync(cancellationToken);
        await refreshTokens.RevokeAllAsync(db, userId, cancellationToken);
        await audit.RecordAsync(new AuditRecord("auth.password", "users", userId.ToString(), "succeeded"), cancellationToken);
        return TypedResults.NoContent();
    }

    private static bool IsUser(ClaimsPrincipal principal, out Guid userId)
    {
        userId = default;
        return principal.FindFirstValue(OperatorClaims.PrincipalType) == OperatorClaims.UserPrincipal
            && Guid.TryParse(principal.FindFirstValue(OperatorClaims.Subject), out userId);
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);

    private static ProblemHttpResult ApiKeysHaveNoSession() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not for API keys",
            detail: "API keys have no password or session; revoke the key instead.");
}
