using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Authorization.Persistence;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Authorization.Api;

/// <summary>
/// The id tags the CSMS authorizes: Viewers read them, Operators change them. A tag is found case-insensitively, as OCPP
/// compares tags (1.6 §7.28), and shown as it was registered.
/// </summary>
internal static class IdTagEndpoints
{
    private static readonly SortFields<IdTag> Sort = new("idTag", t => t.NormalizedTag, new Dictionary<string, Expression<Func<IdTag, object?>>>
    {
        ["idTag"] = t => t.NormalizedTag,
        ["status"] = t => t.Status,
        ["expiryDate"] = t => t.ExpiryDate,
        ["createdAt"] = t => t.CreatedAt,
        ["updatedAt"] = t => t.UpdatedAt,
    });

    public static void MapIdTagEndpoints(this IEndpointRouteBuilder app)
    {
        var tags = app.MapGroup("/api/v1/id-tags").WithTags("Id tags").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        tags.MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("List id tags (paged; filters status, parentIdTag, search; sort by idTag, status, expiryDate, createdAt, updatedAt).")
            .ProducesValidationProblem();
        tags.MapGet("/{idTag}", GetAsync).WithName("GetIdTag").WithSummary("One id tag (case-insensitive).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var operate = tags.MapGroup("").RequireAuthorization(OperatorPolicies.Operator);
        operate.MapPost("", CreateAsync).WithSummary("Register an id tag with its status, optional expiry date, parent (group) tag and EVSE restriction.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        operate.MapPatch("/{idTag}", UpdateAsync)
            .WithSummary("Change an id tag (JSON merge patch: an absent field stays, null clears expiryDate, parentIdTag, description or evseIds).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        operate.MapDelete("/{idTag}", DeleteAsync).WithSummary("Remove an id tag: stations presenting it get Invalid from now on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<IdTagResponse>>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] IdTagFilter filter, IDbContextFactory<AuthorizationDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.IdTags.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (!string.IsNullOrEmpty(filter.ParentIdTag))
        {
            var parent = IdTag.Normalize(filter.ParentIdTag);
            query = query.Where(t => t.ParentIdTag != null && t.ParentIdTag.ToUpper() == parent);
        }

        if (!string.IsNullOrEmpty(filter.Search))
        {
            var search = IdTag.Normalize(filter.Search);
            query = query.Where(t => t.NormalizedTag.Contains(search) || (t.Description != null && t.Description.ToUpper().Contains(search)));
        }

        return TypedResults.Ok(await query.ToPageAsync(page, Sort, IdTagResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<IdTagResponse>, ProblemHttpResult>> GetAsync(
        string idTag, IDbContextFactory<AuthorizationDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db.IdTags.AsNoTracking(), idTag, cancellationToken) is { } tag ? TypedResults.Ok(IdTagResponse.From(tag)) : NotFound(idTag);
    }

    private static async Task<Results<CreatedAtRoute<IdTagResponse>, ProblemHttpResult>> CreateAsync(
        CreateIdTagRequest request, IDbContextFactory<AuthorizationDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tag = new IdTag
        {
            NormalizedTag = IdTag.Normalize(request.IdTag),
            Tag = request.IdTag,
            Status = request.Status!.Value,
            ExpiryDate = request.ExpiryDate,
            ParentIdTag = request.ParentIdTag,
            Description = request.Description,
            EvseIds = request.EvseIds,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.IdTags.AnyAsync(t => t.NormalizedTag == tag.NormalizedTag, cancellationToken))
        {
            return Exists(request.IdTag);
        }

        db.IdTags.Add(tag);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Registered by another request between the check and the insert; the primary key decided.
            return Exists(request.IdTag);
        }

        return TypedResults.CreatedAtRoute(IdTagResponse.From(tag), "GetIdTag", new { idTag = tag.Tag });
    }

    private static async Task<Results<Ok<IdTagResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string idTag, UpdateIdTagRequest request, IDbContextFactory<AuthorizationDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.ParentIdTag is { } parent && string.Equals(parent, idTag, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentIdTag"] = ["A tag cannot be its own parent."] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db.IdTags, idTag, cancellationToken) is not { } tag)
        {
            return NotFound(idTag);
        }

        tag.Status = request.Status ?? tag.Status;
        tag.ExpiryDate = request.Or(nameof(request.ExpiryDate), request.ExpiryDate, tag.ExpiryDate);
        tag.ParentIdTag = request.Or(nameof(request.ParentIdTag), request.ParentIdTag, tag.ParentIdTag);
        tag.Description = request.Or(nameof(request.Description), request.Description, tag.Description);
        tag.EvseIds = request.Or(nameof(request.EvseIds), request.EvseIds, tag.EvseIds);
        tag.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IdTagResponse.From(tag));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string idTag, IDbContextFactory<AuthorizationDbContext> contexts, CancellationToken cancellationToken)
    {
        var key = IdTag.Normalize(idTag);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IdTags.Where(t => t.NormalizedTag == key).ExecuteDeleteAsync(cancellationToken) == 0 ? NotFound(idTag) : TypedResults.NoContent();
    }

    private static Task<IdTag?> FindAsync(IQueryable<IdTag> tags, string idTag, CancellationToken cancellationToken)
    {
        var key = IdTag.Normalize(idTag);
        return tags.SingleOrDefaultAsync(t => t.NormalizedTag == key, cancellationToken);
    }

    private static ProblemHttpResult NotFound(string idTag) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such id tag", detail: $"There is no id tag '{idTag}'.");

    private static ProblemHttpResult Exists(string idTag) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Id tag exists",
            detail: $"Id tag '{idTag}' is registered already (tags are compared case-insensitively).");
}
