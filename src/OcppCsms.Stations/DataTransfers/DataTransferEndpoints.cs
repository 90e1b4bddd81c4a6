using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.DataTransfers;

/// <summary>The DataTransfers a station sent for the accepted vendors (<c>Ocpp:DataTransfer:AcceptedVendors</c>), for Viewers.</summary>
internal static class DataTransferEndpoints
{
    private static readonly SortFields<KeptDataTransfer> Sort = new("-receivedAt", t => t.Id, new Dictionary<string, Expression<Func<KeptDataTransfer, object?>>>
    {
        ["receivedAt"] = t => t.ReceivedAt,
    });

    public static void MapDataTransferEndpoints(this RouteGroupBuilder station) =>
        station.MapGet("/data-transfers", ListAsync).WithSortFields(Sort)
            .WithSummary("DataTransfers the station sent for an accepted vendor id, newest first (paged; filters vendorId, messageId; sort receivedAt).")
            .ProducesValidationProblem();

    private static Task<Results<Ok<Page<DataTransferResponse>>, ProblemHttpResult>> ListAsync(
        string id, [AsParameters] DataTransferFilter filter, [AsParameters] PageQuery page, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, db =>
        {
            var query = db.DataTransfers.AsNoTracking().Where(t => t.StationId == id);
            if (filter.VendorId is { } vendorId)
            {
                query = query.Where(t => t.VendorId == vendorId);
            }

            if (filter.MessageId is { } messageId)
            {
                query = query.Where(t => t.MessageId == messageId);
            }

            return query.ToPageAsync(page, Sort, DataTransferResponse.From, cancellationToken);
        }, cancellationToken);
}
