using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Stations.Api;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations;

/// <summary>
/// A read of what one station reported (<c>/api/v1/stations/{id}/…</c>): 404 when the registry does not know the
/// station, its answer otherwise — an empty list then means the station never reported, not a mistyped id.
/// </summary>
internal static class StationScopedRead
{
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ReadAsync<T>(
        string id, IDbContextFactory<StationsDbContext> contexts, Func<StationsDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Stations.AnyAsync(s => s.Id == id, cancellationToken)
            ? TypedResults.Ok(await read(db))
            : StationChanges.NotFound(id);
    }
}
