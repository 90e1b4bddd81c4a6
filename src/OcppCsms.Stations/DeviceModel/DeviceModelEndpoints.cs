using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Configuration;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.DeviceModel;

/// <summary>
/// <c>GET /api/v1/stations/{id}/variables</c> for Viewers: what the CSMS knows of a station's settings in one shape
/// whatever its version (see <see cref="VariableResponse"/>). A station whose last boot spoke 1.6 shows its configuration
/// keys; any other its device model.
/// </summary>
internal static class DeviceModelEndpoints
{
    private static readonly SortFields<DeviceVariable> Sort = new("component", v => v.Id, new Dictionary<string, Expression<Func<DeviceVariable, object?>>>
    {
        ["component"] = v => v.ComponentName,
        ["variable"] = v => v.VariableName,
        ["updatedAt"] = v => v.UpdatedAt,
    });

    /// <summary>The same sort names over 1.6 keys, which have no component: the key stands for both names.</summary>
    private static readonly SortFields<ConfigurationKey> KeySort = new("component", k => k.Key, new Dictionary<string, Expression<Func<ConfigurationKey, object?>>>
    {
        ["component"] = k => k.Key,
        ["variable"] = k => k.Key,
        ["updatedAt"] = k => k.ChangedAt ?? k.ReadAt,
    });

    public static void MapDeviceModelEndpoints(this RouteGroupBuilder station) =>
        station.MapGet("/variables", ListAsync).WithSortFields(Sort)
            .WithSummary("The station's variables: a 2.0.1 device model (NotifyReport, GetVariables, SetVariables), or a 1.6 station's configuration keys in the same shape "
                + "(paged; filters component, variable, case-insensitive; sort component, variable, updatedAt).")
            .ProducesValidationProblem();

    private static Task<Results<Ok<Page<VariableResponse>>, ProblemHttpResult>> ListAsync(
        string id, [AsParameters] VariableFilter filter, [AsParameters] PageQuery page, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken) =>
        StationScopedRead.ReadAsync(id, contexts, async db =>
        {
            var protocol = await db.Boots.AsNoTracking().Where(b => b.StationId == id).Select(b => b.Protocol).SingleOrDefaultAsync(cancellationToken);
            return protocol == OcppSubProtocol.V16
                ? await ConfigurationKeysAsync(db, id, filter, page, cancellationToken)
                : await DeviceModelAsync(db, id, filter, page, cancellationToken);
        }, cancellationToken);

    private static Task<Page<VariableResponse>> DeviceModelAsync(
        StationsDbContext db, string id, VariableFilter filter, PageQuery page, CancellationToken cancellationToken)
    {
        var query = db.DeviceVariables.AsNoTracking().Where(v => v.StationId == id);
        if (filter.Component?.ToUpperInvariant() is { } component)
        {
            query = query.Where(v => v.ComponentName.ToUpper() == component);
        }

        if (filter.Variable?.ToUpperInvariant() is { } variable)
        {
            query = query.Where(v => v.VariableName.ToUpper() == variable);
        }

        return query.ToPageAsync(page, Sort, VariableResponse.From, cancellationToken);
    }

    private static Task<Page<VariableResponse>> ConfigurationKeysAsync(
        StationsDbContext db, string id, VariableFilter filter, PageQuery page, CancellationToken cancellationToken)
    {
        // 1.6 keys belong to no component: a component filter matches none.
        var query = db.ConfigurationKeys.AsNoTracking().Where(k => k.StationId == id && filter.Component == null);
        if (filter.Variable?.ToUpperInvariant() is { } variable)
        {
            query = query.Where(k => k.Key.ToUpper() == variable);
        }

        return query.ToPageAsync(page, KeySort, VariableResponse.From, cancellationToken);
    }
}
