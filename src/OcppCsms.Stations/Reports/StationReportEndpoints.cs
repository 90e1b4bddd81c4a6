using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Reports;

/// <summary>The reports and notifications a station sent, as it sent them, for Viewers.</summary>
internal static class StationReportEndpoints
{
    private static readonly SortFields<StationReport> Sort = new("-receivedAt", r => r.Id, new Dictionary<string, Expression<Func<StationReport, object?>>>
    {
        ["receivedAt"] = r => r.ReceivedAt,
        ["seqNo"] = r => r.SeqNo,
        ["action"] = r => r.Action,
    });

    public static void MapStationReportEndpoints(this RouteGroupBuilder station) =>
        station.MapGet("/reports", ListAsync).WithSortFields(Sort)
            .WithSummary("The reports and notifications the station sent (monitoring, display messages, customer information, charging profiles and limits, EV charging needs), newest first (paged; filters action, requestId; sort receivedAt, seqNo, action).")
            .ProducesValidationProblem();

    private static Task<Results<Ok<Page<StationReportResponse>>, ProblemHttpResult>> ListAsync(
        string id, [AsParameters] StationReportFilter filter, [AsParameters] PageQuery page, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, db =>
        {
            var query = db.StationReports.AsNoTracking().Where(r => r.StationId == id);
            if (filter.Action is { } action)
            {
                query = query.Where(r => r.Action == action);
            }

            if (filter.RequestId is { } requestId)
            {
                query = query.Where(r => r.RequestId == requestId);
            }

            return query.ToPageAsync(page, Sort, StationReportResponse.From, cancellationToken);
        }, cancellationToken);
}
