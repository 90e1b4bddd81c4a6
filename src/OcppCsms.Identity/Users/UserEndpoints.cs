using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Auth;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Persistence;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Identity.Users;

/// <summary>Operator accounts, for Admins. The last Admin can neither be removed nor demoted: someone must manage the rest.</summary>
internal static class UserEndpoints
{
    private static readonly SortFields<OperatorUser> Sort = new("username", u => u.Id, new Dictionary<string, System.Linq.Expressions.Expression<Func<OperatorUser, object?>>>
    {
        ["username"] = u => u.NormalizedUserName,
        ["role"] = u => u.Role,
        ["createdAt"] = u => u.CreatedAt,
        ["lastLoginAt"] = u => u.LastLoginAt,
    });

    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(OperatorPolicies.Admin).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapGet("", ListAsync).WithSortFields(Sort).WithSummary("List operator accounts (paged; sort by username, role, createdAt, lastLoginAt).")
            .ProducesValidationProblem();
        users.MapGet("/{id:guid}", GetAsync).WithName("GetUser").WithSummary("One operator account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("", CreateAsync).WithSummary("Create an operator account.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPut("/{id:guid}", UpdateAsync).WithSummary("Change an account's role and/or password.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Delete an account and end its sessions.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<Page<UserResponse>>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] UserFilter filter, IDbContextFactory<IdentityDbContext> contexts, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (filter.Role is { } role)
        {
            query = query.Where(u => u.Role == role);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = OperatorUser.Normalize(filter.Search);
            query = query.Where(u => u.NormalizedUserName.Contains(search));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await query.ToPageAsync(page, Sort, user => UserResponse.From(user, now), cancellationToken));
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(
        Guid id, IDbContextFactory<IdentityDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponse.From(user, clock.GetUtcNow().UtcDateTime))
            : NotFound(id);
    }

    private static async Task<Results<CreatedAtRoute<UserResponse>, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, IDbContextFactory<IdentityDbContext> contexts, IPasswordHasher<OperatorUser> hasher, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = OperatorUser.Normalize(request.Username);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return NameTaken(request.Username);
        }

        var user = new OperatorUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.Username.Trim(),
            NormalizedUserName = normalized,
            Role = request.Role!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Created by a concurrent request between the check and the insert; the unique index decided.
            return NameTaken(request.Username);
        }

        return TypedResults.CreatedAtRoute(UserResponse.From(user, clock.GetUtcNow().UtcDateTime), "GetUser", new { id = user.Id });
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateUserRequest request, IDbContextFactory<IdentityDbContext> contexts, IPasswordHasher<OperatorUser> hasher,
        RefreshTokens refreshTokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return NotFound(id);
        }

        if (request.Role is { } role && role != OperatorRole.Admin && user.Role == OperatorRole.Admin && await IsLastAdminAsync(db, cancellationToken))
        {
            return LastAdmin("demoted");
        }

        user.Role = request.Role ?? user.Role;
        if (request.Password is not null)
        {
            user.PasswordHash = hasher.HashPassword(user, request.Password);
            user.FailedLoginCount = 0;
            user.LockoutEnd = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (request.Password is not null || request.Role is not null)
        {
            // Refresh tokens would otherwise carry on a session with the old password or role.
            await refreshTokens.RevokeAllAsync(db, user.Id, cancellationToken);
        }

        return TypedResults.Ok(UserResponse.From(user, clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal principal, IDbContextFactory<IdentityDbContext> contexts, RefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return NotFound(id);
        }

        if (principal.FindFirstValue(OperatorClaims.Subject) == id.ToString())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot delete yourself",
                detail: "Another Admin must delete this account.");
        }

        if (user.Role == OperatorRole.Admin && await IsLastAdminAsync(db, cancellationToken))
        {
            return LastAdmin("deleted");
        }

        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await refreshTokens.RevokeAllAsync(db, id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<bool> IsLastAdminAsync(IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.Users.CountAsync(u => u.Role == OperatorRole.Admin, cancellationToken) <= 1;

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such user", detail: $"There is no user {id}.");

    private static ProblemHttpResult NameTaken(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "User name taken", detail: $"A user named '{name}' exists already (names are case-insensitive).");

    private static ProblemHttpResult LastAdmin(string verb) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Last Admin",
            detail: $"The last Admin cannot be {verb}; make another user Admin first.");
}
