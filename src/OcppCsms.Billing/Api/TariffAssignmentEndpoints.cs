using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Tariffs;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Billing.Api;

/// <summary>
/// Which sessions a tariff prices: those of an id tag (and of the tags whose parent it is) or of a station. A session's
/// tariff is its tag's, else its group's, else its station's, else the default (docs/adr/0016).
/// </summary>
internal static class TariffAssignmentEndpoints
{
    public static void MapTariffAssignmentEndpoints(this IEndpointRouteBuilder app)
    {
        var assignments = app.MapGroup("/api/v1/tariffs/{id:long}/assignments").WithTags("Tariffs").RequireAuthorization(OperatorPolicies.Viewer)
            .WithRequestValidation().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        assignments.MapGet("", ListAsync).WithSummary("The id tags and stations a tariff is assigned to, oldest first.");

        var operate = assignments.MapGroup("").RequireAuthorization(OperatorPolicies.Operator);
        operate.MapPost("", AssignAsync)
            .WithSummary("Assign the tariff to an id tag (case-insensitive; also prices the tags whose parent it is) or to a station: exactly one of idTag, stationId.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        operate.MapDelete("/{assignmentId:long}", UnassignAsync).WithSummary("Remove an assignment: from now on those sessions fall to the next tariff in precedence.");
    }

    private static async Task<Results<Ok<List<TariffAssignmentResponse>>, ProblemHttpResult>> ListAsync(
        long id, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Tariffs.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return TariffEndpoints.NotFound(id);
        }

        var assignments = await db.TariffAssignments.AsNoTracking().Where(a => a.TariffId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(assignments.Select(TariffAssignmentResponse.From).ToList());
    }

    private static async Task<Results<Created<TariffAssignmentResponse>, ProblemHttpResult>> AssignAsync(
        long id, TariffAssignmentRequest request, TariffStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.AssignAsync(id, request.IdTag, request.StationId, cancellationToken) is { } assignment
                ? TypedResults.Created($"/api/v1/tariffs/{id}/assignments/{assignment.Id}", TariffAssignmentResponse.From(assignment))
                : TariffEndpoints.NotFound(id);
        }
        catch (TariffConflictException conflict)
        {
            return TariffEndpoints.Conflict(conflict);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnassignAsync(
        long id, long assignmentId, TariffStore store, CancellationToken cancellationToken) =>
        await store.UnassignAsync(id, assignmentId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such assignment",
                detail: $"Tariff {id} has no assignment {assignmentId}.");
}
