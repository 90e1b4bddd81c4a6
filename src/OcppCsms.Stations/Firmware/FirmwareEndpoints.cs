using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Firmware;

/// <summary>A station's firmware, diagnostics and log upload statuses, for Viewers.</summary>
internal static class FirmwareEndpoints
{
    private static readonly SortFields<FirmwareReport> Sort = new("-receivedAt", r => r.Id, new Dictionary<string, Expression<Func<FirmwareReport, object?>>>
    {
        ["receivedAt"] = r => r.ReceivedAt,
    });

    public static void MapFirmwareEndpoints(this RouteGroupBuilder station)
    {
        station.MapGet("/firmware", GetAsync)
            .WithSummary("The station's current firmware update status and its last diagnostics, log upload and firmware publication statuses.");
        station.MapGet("/firmware/history", HistoryAsync).WithSortFields(Sort)
            .WithSummary("Every firmware, diagnostics, log and publication status the station reported, newest first (paged; filter kind; sort receivedAt).")
            .ProducesValidationProblem();
    }

    private static Task<Results<Ok<FirmwareOverview>, ProblemHttpResult>> GetAsync(
        string id, IDbContextFactory<StationsDbContext> contexts, CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, async db =>
        {
            var latest = await FirmwareReports.LatestAsync(db, id, cancellationToken);
            return new FirmwareOverview(id, Of(FirmwareReportKind.Firmware), Of(FirmwareReportKind.Diagnostics), Of(FirmwareReportKind.Log),
                Of(FirmwareReportKind.FirmwarePublication));

            FirmwareReportResponse? Of(FirmwareReportKind kind) => latest.TryGetValue(kind, out var report) ? FirmwareReportResponse.From(report) : null;
        }, cancellationToken);

    private static Task<Results<Ok<Page<FirmwareReportResponse>>, ProblemHttpResult>> HistoryAsync(
        string id, [AsParameters] FirmwareHistoryFilter filter, [AsParameters] PageQuery page, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, db =>
        {
            var query = db.FirmwareReports.AsNoTracking().Where(r => r.StationId == id);
            if (filter.Kind is { } kind)
            {
                query = query.Where(r => r.Kind == kind);
            }

            return query.ToPageAsync(page, Sort, FirmwareReportResponse.From, cancellationToken);
        }, cancellationToken);
}
