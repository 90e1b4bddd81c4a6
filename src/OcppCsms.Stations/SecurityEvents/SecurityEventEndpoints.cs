using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.SecurityEvents;

/// <summary>A station's security log as it reported it, for Viewers.</summary>
internal static class SecurityEventEndpoints
{
    private static readonly SortFields<SecurityEvent> Sort = new("-timestamp", e => e.Id, new Dictionary<string, Expression<Func<SecurityEvent, object?>>>
    {
        ["timestamp"] = e => e.Timestamp,
        ["receivedAt"] = e => e.ReceivedAt,
        ["type"] = e => e.Type,
    });

    public static void MapSecurityEventEndpoints(this RouteGroupBuilder station) =>
        station.MapGet("/security-events", ListAsync).WithSortFields(Sort)
            .WithSummary("The security events the station reported, newest first (paged; filters type, critical; sort timestamp, receivedAt, type).")
            .ProducesValidationProblem();

    private static Task<Results<Ok<Page<SecurityEventResponse>>, ProblemHttpResult>> ListAsync(
        string id, [AsParameters] SecurityEventFilter filter, [AsParameters] PageQuery page, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, db =>
        {
            var query = db.SecurityEvents.AsNoTracking().Where(e => e.StationId == id);
            if (filter.Type is { } type)
            {
                query = query.Where(e => e.Type == type);
            }

            if (filter.Critical is { } critical)
            {
                query = query.Where(e => e.Critical == critical);
            }

            return query.ToPageAsync(page, Sort, SecurityEventResponse.From, cancellationToken);
        }, cancellationToken);
}
