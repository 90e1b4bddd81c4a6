using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Transactions.Contracts;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Api;

/// <summary>
/// Transactions and their meter values, read-only for Viewers; orphaned stops are listed with <c>status=Orphaned</c>.
/// Operators force-stop stuck ones (audited like every API write).
/// </summary>
internal static class TransactionEndpoints
{
    private static readonly SortFields<ChargingTransaction> Sort = new("-startedAt", t => t.Id, new Dictionary<string, Expression<Func<ChargingTransaction, object?>>>
    {
        ["id"] = t => t.Id,
        ["stationId"] = t => t.StationId,
        ["startedAt"] = t => t.StartedAt,
        ["stoppedAt"] = t => t.StoppedAt,
        ["completedAt"] = t => t.CompletedAt,
    });

    private static readonly SortFields<MeterSample> SampleSort = new("timestamp", s => s.Id, new Dictionary<string, Expression<Func<MeterSample, object?>>>
    {
        ["timestamp"] = s => s.SampledAt,
        ["receivedAt"] = s => s.ReceivedAt,
    });

    public static void MapTransactionEndpoints(this IEndpointRouteBuilder app)
    {
        var transactions = app.MapGroup("/api/v1/transactions").WithTags("Transactions").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        transactions.MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("List transactions (paged; filters stationId, status (Active, Completed, Orphaned), idTag, from, to, stale, flag (TimestampInFuture, TimestampBefore2010, EnergyRegisterBackwards, ImplausibleEnergy); sort by id, stationId, startedAt, stoppedAt, completedAt).")
            .ProducesValidationProblem();
        transactions.MapGet("/{id:long}", GetAsync).WithSummary("One transaction by its internal id, with its energy; its cost and billing state once completed, its running cost while active.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        transactions.MapPost("/{id:long}/force-stop", ForceStopAsync).RequireAuthorization(OperatorPolicies.Operator)
            .WithSummary("Complete an active transaction here with its last energy reading (stopReason ForceStopped), then ask its station, when connected, to stop it too.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        transactions.MapGet("/{id:long}/meter-values", ListMeterValuesAsync).WithSortFields(SampleSort)
            .WithSummary("A transaction's sampled values (paged, in the station's time order; sort by timestamp, receivedAt).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<TransactionResponse>>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] TransactionFilter filter, IDbContextFactory<TransactionsDbContext> contexts,
        IOptions<TransactionOperationsOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var staleBefore = StaleBefore(options, clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Transactions.AsNoTracking();
        if (filter.StationId is { } stationId)
        {
            query = query.Where(t => t.StationId == stationId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.IdTag is { } idTag)
        {
            // Id tags are case-insensitive (OCPP 1.6 §7.15 CiString, 2.0.1 §2.28), as everywhere else in the CSMS.
            var key = idTag.ToUpperInvariant();
            query = query.Where(t => t.IdTag!.ToUpper() == key);
        }

        if (filter.From is { } from)
        {
            query = query.Where(t => (t.StartedAt ?? t.StoppedAt) >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(t => (t.StartedAt ?? t.StoppedAt) < to);
        }

        if (filter.Flag is { } flag)
        {
            query = query.Where(t => (t.Flags & flag) == flag);
        }

        if (filter.Stale is { } stale)
        {
            query = query.WhereStale(stale, staleBefore);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, Sort, t => TransactionResponse.From(t, staleBefore), cancellationToken));
    }

    /// <summary>
    /// One transaction, with what billing says of it when the billing module is present (<paramref name="costs"/> is
    /// optional so this module works on its own): an active one's running cost, a completed one's cost and billing state.
    /// </summary>
    private static async Task<Results<Ok<TransactionResponse>, ProblemHttpResult>> GetAsync(
        long id, IDbContextFactory<TransactionsDbContext> contexts, [FromServices] ITransactionCosts? costs,
        IOptions<TransactionOperationsOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Transactions.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } transaction)
        {
            return NotFound(id);
        }

        var response = TransactionResponse.From(transaction, StaleBefore(options, clock));
        if (costs is not null && transaction.Status == TransactionStatus.Active)
        {
            response = response with { RunningCost = await costs.RunningCostAsync(BillableTransactions.From(transaction), at: null, cancellationToken) };
        }
        else if (costs is not null && transaction.Status == TransactionStatus.Completed)
        {
            var billing = await costs.BillingAsync(BillableTransactions.From(transaction), cancellationToken);
            response = response with { Cost = billing.Cost, Billing = billing.State };
        }

        return TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<Page<MeterValueResponse>>, ProblemHttpResult>> ListMeterValuesAsync(
        long id, [AsParameters] PageQuery page, IDbContextFactory<TransactionsDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Transactions.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await db.MeterSamples.AsNoTracking().Where(s => s.TransactionId == id)
            .ToPageAsync(page, SampleSort, MeterValueResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<ForceStopResponse>, ProblemHttpResult>> ForceStopAsync(
        long id, ForceStopRequest request, ClaimsPrincipal principal, ForceStops forceStops, CancellationToken cancellationToken)
    {
        var by = principal.FindFirstValue(OperatorClaims.Name) ?? "unknown";
        var outcome = await forceStops.ForceStopAsync(id, new ForceStop(request.Reason!, by), cancellationToken);
        return outcome switch
        {
            { Transaction: { } transaction, StationStop: { } stationStop } =>
                // Completed now: never stale.
                TypedResults.Ok(new ForceStopResponse(TransactionResponse.From(transaction, DateTime.MinValue), StationStopResponse.From(stationStop))),
            { Status: { } status } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Transaction not active",
                detail: $"Transaction {id} is {status}; only an Active transaction can be force-stopped.",
                extensions: new Dictionary<string, object?> { ["transactionStatus"] = status.ToString() }),
            _ => NotFound(id),
        };
    }

    private static DateTime StaleBefore(IOptions<TransactionOperationsOptions> options, TimeProvider clock) =>
        clock.GetUtcNow().UtcDateTime - options.Value.StaleAfter;

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Transaction not found", detail: $"No transaction has id {id}.");
}
