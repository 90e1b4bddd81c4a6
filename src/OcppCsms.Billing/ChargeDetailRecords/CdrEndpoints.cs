using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Reports;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>Charge detail records, read-only for Viewers: billing writes them, nobody edits them.</summary>
internal static class CdrEndpoints
{
    private static readonly SortFields<ChargeDetailRecord> Sort = new("-startedAt", c => c.Id, new Dictionary<string, Expression<Func<ChargeDetailRecord, object?>>>
    {
        ["id"] = c => c.Id,
        ["stationId"] = c => c.StationId,
        ["startedAt"] = c => c.StartedAt,
        ["stoppedAt"] = c => c.StoppedAt,
        ["createdAt"] = c => c.CreatedAt,
    });

    public static void MapCdrEndpoints(this IEndpointRouteBuilder app)
    {
        var cdrs = app.MapGroup("/api/v1/cdrs").WithTags("Charge detail records").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        cdrs.MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("List charge detail records (paged; filters stationId, idTag, from, to on the start time; sort by id, stationId, startedAt, stoppedAt, createdAt).")
            .ProducesValidationProblem();
        cdrs.MapGet("/{id:long}", GetAsync)
            .WithSummary("One charge detail record with its component lines: JSON, or CSV with ?format=csv or Accept: text/csv (RFC 4180, invariant culture).")
            .Produces(StatusCodes.Status200OK, contentType: CsvText.MediaType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<CdrResponse>>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] CdrFilter filter, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ChargeDetailRecords.AsNoTracking().Include(c => c.Lines).AsQueryable();
        if (filter.StationId is { } stationId)
        {
            query = query.Where(c => c.StationId == stationId);
        }

        if (filter.IdTag is { } idTag)
        {
            var key = idTag.ToUpperInvariant();
            query = query.Where(c => c.IdTag!.ToUpper() == key);
        }

        if (filter.From is { } from)
        {
            query = query.Where(c => c.StartedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(c => c.StartedAt < to);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, Sort, CdrResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<CdrResponse>, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        long id, [AsParameters] ExportFormat format, HttpRequest request, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ChargeDetailRecords.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } record)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Charge detail record not found", detail: $"No charge detail record has id {id}.");
        }

        return format.IsCsv(request)
            ? TypedResults.File(CdrCsv.Write(record), CsvText.MediaType + "; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"cdr-{record.Id}.csv"))
            : TypedResults.Ok(CdrResponse.From(record));
    }
}
