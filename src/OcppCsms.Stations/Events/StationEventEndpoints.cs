using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Events;

/// <summary>The events a 2.0.1 station notified (NotifyEvent), for Viewers.</summary>
internal static class StationEventEndpoints
{
    private static readonly SortFields<StationEvent> Sort = new("-timestamp", e => e.Id, new Dictionary<string, Expression<Func<StationEvent, object?>>>
    {
        ["timestamp"] = e => e.Timestamp,
        ["receivedAt"] = e => e.ReceivedAt,
        ["eventId"] = e => e.EventId,
    });

    public static void MapStationEventEndpoints(this RouteGroupBuilder station) =>
        station.MapGet("/events", ListAsync).WithSortFields(Sort)
            .WithSummary("The events the station notified (NotifyEvent), newest first (paged; filters component, variable; sort timestamp, receivedAt, eventId).")
            .ProducesValidationProblem();

    private static Task<Results<Ok<Page<StationEventResponse>>, ProblemHttpResult>> ListAsync(
        string id, [AsParameters] StationEventFilter filter, [AsParameters] PageQuery page, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, db =>
        {
            var query = db.StationEvents.AsNoTracking().Where(e => e.StationId == id);
            if (filter.Component is { } component)
            {
                query = query.Where(e => e.ComponentName == component);
            }

            if (filter.Variable is { } variable)
            {
                query = query.Where(e => e.VariableName == variable);
            }

            return query.ToPageAsync(page, Sort, StationEventResponse.From, cancellationToken);
        }, cancellationToken);
}
