using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Persistence;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Identity.ApiKeys;

/// <summary>Machine credentials, for Admins. Sent as the <c>X-API-Key</c> header.</summary>
internal static class ApiKeyEndpoints
{
    private static readonly SortFields<ApiKey> Sort = new("-createdAt", k => k.Id, new Dictionary<string, System.Linq.Expressions.Expression<Func<ApiKey, object?>>>
    {
        ["name"] = k => k.Name,
        ["createdAt"] = k => k.CreatedAt,
        ["expiresAt"] = k => k.ExpiresAt,
        ["lastUsedAt"] = k => k.LastUsedAt,
    });

    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/api-keys").WithTags("API keys").RequireAuthorization(OperatorPolicies.Admin).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        keys.MapGet("", ListAsync).WithSortFields(Sort).WithSummary("List API keys without their secrets (paged; sort by name, createdAt, expiresAt, lastUsedAt).")
            .ProducesValidationProblem();
        keys.MapGet("/{id:guid}", GetAsync).WithName("GetApiKey").WithSummary("One API key, without its secret.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        keys.MapPost("", CreateAsync).WithSummary("Create an API key. The response holds the key; it is never shown again.")
            .ProducesValidationProblem();
        keys.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revoke an API key; it stops working at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<ApiKeyResponse>>> ListAsync(
        [AsParameters] PageQuery page, IDbContextFactory<IdentityDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await db.ApiKeys.AsNoTracking().ToPageAsync(page, Sort, key => ApiKeyResponse.From(key, now), cancellationToken));
    }

    private static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> GetAsync(
        Guid id, IDbContextFactory<IdentityDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken) is { } key
            ? TypedResults.Ok(ApiKeyResponse.From(key, clock.GetUtcNow().UtcDateTime))
            : NotFound(id);
    }

    private static async Task<CreatedAtRoute<CreatedApiKeyResponse>> CreateAsync(
        CreateApiKeyRequest request, ClaimsPrincipal principal, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var (key, secret) = await store.CreateAsync(request.Name, request.Role!.Value, request.ExpiresAt, request.RequestsPerMinute,
            principal.FindFirstValue(OperatorClaims.Name) ?? "unknown", cancellationToken);
        return TypedResults.CreatedAtRoute(
            new CreatedApiKeyResponse(key.Id, key.Name, key.Role, key.Prefix, secret, key.CreatedAt, key.ExpiresAt, key.RequestsPerMinute),
            "GetApiKey", new { id = key.Id });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid id, ApiKeyStore store, CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API key", detail: $"There is no API key {id}.");
}
