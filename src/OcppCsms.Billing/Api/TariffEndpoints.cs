using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Tariffs;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Billing.Api;

/// <summary>
/// Tariffs: Viewers read them, Operators change them. An edit (PUT) adds a version and never changes the prices a past
/// session was priced with; exactly one tariff is the default (docs/adr/0016).
/// </summary>
internal static class TariffEndpoints
{
    private static readonly SortFields<Tariff> Sort = new("name", t => t.Id, new Dictionary<string, Expression<Func<Tariff, object?>>>
    {
        ["id"] = t => t.Id,
        ["name"] = t => t.Name,
        ["createdAt"] = t => t.CreatedAt,
    });

    public static void MapTariffEndpoints(this IEndpointRouteBuilder app)
    {
        var tariffs = app.MapGroup("/api/v1/tariffs").WithTags("Tariffs").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        tariffs.MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("List tariffs at their current versions (paged; sort by name, id, createdAt).")
            .ProducesValidationProblem();
        tariffs.MapGet("/quote", QuoteAsync)
            .WithSummary("What a session would cost (stationId, idTag, parentIdTag, energyWh, minutes, startAt): the tariff that applies and every cost line.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        tariffs.MapGet("/{id:long}", GetAsync).WithName("GetTariff").WithSummary("One tariff at its current version, with gross prices.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        tariffs.MapGet("/{id:long}/versions", VersionsAsync)
            .WithSummary("Every version of a tariff, newest first: a session is priced with the version valid at its start.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var operate = tariffs.MapGroup("").RequireAuthorization(OperatorPolicies.Operator);
        operate.MapPost("", CreateAsync)
            .WithSummary("Create a tariff (prices net, taxRate a fraction). The first tariff becomes the default; isDefault true moves the default to it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        operate.MapPut("/{id:long}", UpdateAsync)
            .WithSummary("Edit a tariff: adds a version, used for sessions starting from now. The default stays the default until another is made it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        operate.MapDelete("/{id:long}", DeleteAsync)
            .WithSummary("Delete a tariff with its versions and assignments; the default cannot be deleted.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<Page<TariffResponse>>> ListAsync(
        [AsParameters] PageQuery page, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tariffs = await db.Tariffs.AsNoTracking().ToPageAsync(page, Sort, t => t, cancellationToken);
        var ids = tariffs.Items.Select(t => t.Id).ToList();
        var current = await db.TariffVersions.AsNoTracking().Include(v => v.Periods)
            .Where(v => ids.Contains(v.TariffId) && db.Tariffs.Any(t => t.Id == v.TariffId && t.CurrentVersion == v.Version))
            .ToDictionaryAsync(v => v.TariffId, cancellationToken);
        var items = tariffs.Items.Where(t => current.ContainsKey(t.Id)).Select(t => TariffResponse.From(t, current[t.Id])).ToList();
        return TypedResults.Ok(new Page<TariffResponse>(items, tariffs.PageNumber, tariffs.PageSize, tariffs.TotalCount));
    }

    private static async Task<Results<Ok<PricedSession>, ProblemHttpResult>> QuoteAsync(
        [AsParameters] TariffQuoteQuery query, ISessionPricer pricer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var start = query.StartAt is { } at ? at.ToUniversalTime() : clock.GetUtcNow().UtcDateTime;
        var session = new BillableSession(query.StationId!, query.IdTag, query.ParentIdTag, start, start.AddMinutes(query.Minutes!.Value),
            0m, query.EnergyWh!.Value, []);
        return await pricer.PriceAsync(session, cancellationToken) is { } priced
            ? TypedResults.Ok(priced)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No tariff applies",
                detail: "No tariff is assigned to this id tag, its group or this station and valid then, and no default tariff is: create one.");
    }

    private static async Task<Results<Ok<TariffResponse>, ProblemHttpResult>> GetAsync(
        long id, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Tariffs.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } tariff)
        {
            return NotFound(id);
        }

        var version = await db.TariffVersions.AsNoTracking().Include(v => v.Periods)
            .SingleAsync(v => v.TariffId == id && v.Version == tariff.CurrentVersion, cancellationToken);
        return TypedResults.Ok(TariffResponse.From(tariff, version));
    }

    private static async Task<Results<Ok<List<TariffResponse>>, ProblemHttpResult>> VersionsAsync(
        long id, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Tariffs.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } tariff)
        {
            return NotFound(id);
        }

        var versions = await db.TariffVersions.AsNoTracking().Include(v => v.Periods).Where(v => v.TariffId == id)
            .OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(versions.Select(v => TariffResponse.From(tariff, v)).ToList());
    }

    private static async Task<Results<CreatedAtRoute<TariffResponse>, ProblemHttpResult>> CreateAsync(
        TariffRequest request, TariffStore store, CancellationToken cancellationToken)
    {
        try
        {
            var created = await store.CreateAsync(request.ToTerms(), request.IsDefault!.Value, cancellationToken);
            return TypedResults.CreatedAtRoute(TariffResponse.From(created.Tariff, created.Current), "GetTariff", new { id = created.Tariff.Id });
        }
        catch (TariffConflictException conflict)
        {
            return Conflict(conflict);
        }
    }

    private static async Task<Results<Ok<TariffResponse>, ProblemHttpResult>> UpdateAsync(
        long id, TariffRequest request, TariffStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.UpdateAsync(id, request.ToTerms(), request.IsDefault!.Value, cancellationToken) is { } updated
                ? TypedResults.Ok(TariffResponse.From(updated.Tariff, updated.Current))
                : NotFound(id);
        }
        catch (TariffConflictException conflict)
        {
            return Conflict(conflict);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, TariffStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);
        }
        catch (TariffConflictException conflict)
        {
            return Conflict(conflict);
        }
    }

    internal static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such tariff", detail: $"There is no tariff {id}.");

    internal static ProblemHttpResult Conflict(TariffConflictException conflict) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Tariff conflict", detail: conflict.Message);
}
