using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;
using OcppCsms.Stations.Connectors;
using OcppCsms.Stations.Heartbeats;
using OcppCsms.Stations.Persistence;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Api;

/// <summary>
/// The station registry: Viewers read it, Operators change it. A password is in no answer but the one that generated
/// it, and in no log or audit line (the audit trail records the route, never the body).
/// </summary>
internal static class StationEndpoints
{
    private static readonly SortFields<Station> Sort = new("id", s => s.Id, new Dictionary<string, Expression<Func<Station, object?>>>
    {
        ["id"] = s => s.Id,
        ["registrationStatus"] = s => s.RegistrationStatus,
        ["securityProfile"] = s => s.SecurityProfile,
        ["createdAt"] = s => s.CreatedAt,
        ["updatedAt"] = s => s.UpdatedAt,
    });

    private static readonly SortFields<StatusHistoryEntry> HistorySort = new("-timestamp", e => e.Id, new Dictionary<string, Expression<Func<StatusHistoryEntry, object?>>>
    {
        ["timestamp"] = e => e.Timestamp,
        ["receivedAt"] = e => e.ReceivedAt,
    });

    public static void MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var stations = app.MapGroup("/api/v1/stations").WithTags("Stations").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        stations.MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("List stations (paged; filters registrationStatus, connected; sort by id, registrationStatus, securityProfile, createdAt, updatedAt).")
            .ProducesValidationProblem();
        stations.MapGet("/{id}", GetAsync).WithName("GetStation")
            .WithSummary("One station: its session while it is connected, its last boot, and the status and availability of its connectors.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        stations.MapGet("/{id}/status-history", StatusHistoryAsync).WithSortFields(HistorySort)
            .WithSummary("The station's StatusNotifications as received, out-of-order ones included (paged; filters evseId, connectorId; sort by timestamp (default -timestamp), receivedAt).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        stations.MapGet("/{id}/configuration", ConfigurationAsync)
            .WithSummary("The OCPP 1.6 configuration keys as last read (GetConfiguration) or set (ChangeConfiguration); write-only keys without their value.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var operate = stations.MapGroup("").RequireAuthorization(OperatorPolicies.Operator);
        operate.MapPost("", (RegisterStationRequest request, StationChanges changes, CancellationToken cancellationToken) =>
                changes.RegisterAsync(request, cancellationToken))
            .WithSummary("Register a station (Accepted). For profiles 1 and 2 without a password one is generated: it is in this answer and never shown again.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        operate.MapPut("/{id}", UpdateAsync)
            .WithSummary("Change the security profile, the certificate CN and/or the description. Moving to profile 1 or 2 without a password generates one, shown once; moving to 0 or 3 drops it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        operate.MapPatch("/{id}", UpdateAsync)
            .WithSummary("Change what is given of description, securityProfile and certificateCommonName; absent fields stay, an empty string clears a text. Profile changes as with PUT.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        operate.MapPut("/{id}/password", SetPasswordAsync)
            .WithSummary("Set the Basic password, or generate one (shown once) when none is given. The old one stops working at once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        operate.MapPost("/{id}/accept", (string id, StationChanges changes, CancellationToken cancellationToken) =>
                changes.ApplyAsync(id, station => SetStatus(station, RegistrationStatus.Accepted), cancellationToken))
            .WithSummary("Accept the station's registration.").ProducesProblem(StatusCodes.Status404NotFound);
        operate.MapPost("/{id}/reject", (string id, StationChanges changes, CancellationToken cancellationToken) =>
                changes.ApplyAsync(id, station => SetStatus(station, RegistrationStatus.Rejected), cancellationToken))
            .WithSummary("Reject the station's registration: it may still connect, and its BootNotification is answered Rejected.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        operate.MapDelete("/{id}", (string id, StationChanges changes, CancellationToken cancellationToken) => changes.DeleteAsync(id, cancellationToken))
            .WithSummary("Remove the station from the registry.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<StationResponse>>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] StationFilter filter, IDbContextFactory<StationsDbContext> contexts, IStationSessions sessions, StationLiveness liveness,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Stations.AsNoTracking();
        if (filter.RegistrationStatus is { } status)
        {
            query = query.Where(s => s.RegistrationStatus == status);
        }

        if (filter.Connected is { } connected)
        {
            // The sessions live in memory, the rows in the database: the open ones go to the query as a list of ids.
            var ids = sessions.ConnectedStationIds().ToArray();
            query = connected ? query.Where(s => ids.Contains(s.Id)) : query.Where(s => !ids.Contains(s.Id));
        }

        return TypedResults.Ok(await query.ToPageAsync(page, Sort, station => StationResponse.From(station, sessions.Find(station.Id), liveness), cancellationToken));
    }

    private static async Task<Results<Ok<StationResponse>, ProblemHttpResult>> GetAsync(
        string id, IDbContextFactory<StationsDbContext> contexts, IStationSessions sessions, StationLiveness liveness, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Stations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } station)
        {
            return StationChanges.NotFound(id);
        }

        var boot = await db.Boots.AsNoTracking().SingleOrDefaultAsync(b => b.StationId == id, cancellationToken);
        var statuses = await db.ConnectorStatuses.AsNoTracking().Where(c => c.StationId == id).ToListAsync(cancellationToken);
        var availabilities = await db.Availabilities.AsNoTracking().Where(a => a.StationId == id).ToListAsync(cancellationToken);
        var response = StationResponse.From(station, sessions.Find(id), liveness);
        return TypedResults.Ok(response with
        {
            Boot = boot is null ? null : BootResponse.From(boot),
            Connectors = ConnectorResponse.Merge(statuses, availabilities, response.Offline),
        });
    }

    private static async Task<Results<Ok<Page<StatusHistoryResponse>>, ProblemHttpResult>> StatusHistoryAsync(
        string id, [AsParameters] PageQuery page, [AsParameters] StatusHistoryFilter filter, IDbContextFactory<StationsDbContext> contexts,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Stations.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return StationChanges.NotFound(id);
        }

        var history = db.StatusHistory.AsNoTracking().Where(e => e.StationId == id);
        if (filter.EvseId is { } evseId)
        {
            history = history.Where(e => e.EvseId == evseId);
        }

        if (filter.ConnectorId is { } connectorId)
        {
            history = history.Where(e => e.ConnectorId == connectorId);
        }

        return TypedResults.Ok(await history.ToPageAsync(page, HistorySort, StatusHistoryResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<ConfigurationResponse>, ProblemHttpResult>> ConfigurationAsync(
        string id, IDbContextFactory<StationsDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Stations.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return StationChanges.NotFound(id);
        }

        var keys = await db.ConfigurationKeys.AsNoTracking().Where(k => k.StationId == id).OrderBy(k => k.Key).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConfigurationResponse(id, keys.Select(ConfigurationKeyResponse.From).ToList()));
    }

    private static Task<Results<Ok<StationResponse>, ProblemHttpResult>> UpdateAsync(
        string id, UpdateStationRequest request, StationChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, station =>
        {
            if (request.Description is { } description)
            {
                station.Description = description.Length == 0 ? null : description;
            }

            if (request.CertificateCommonName is { } commonName)
            {
                station.CertificateCommonName = commonName.Length == 0 ? null : commonName;
            }

            if (request.SecurityProfile is not { } profile)
            {
                return StationChange.Done;
            }

            station.SecurityProfile = profile;
            if (!SecurityProfiles.UsesPassword(profile))
            {
                // A password that no connection may use any more would be a secret kept for nothing.
                station.PasswordHash = null;
                station.PasswordSalt = null;
                return StationChange.Done;
            }

            return station.PasswordHash is null ? new StationChange(StationChanges.SetPassword(station, null)) : StationChange.Done;
        }, cancellationToken);

    private static Task<Results<Ok<StationResponse>, ProblemHttpResult>> SetPasswordAsync(
        string id, SetStationPasswordRequest request, StationChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, station => SecurityProfiles.UsesPassword(station.SecurityProfile)
            ? new StationChange(StationChanges.SetPassword(station, request.Password))
            : new StationChange(Refusal: TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No password for this profile",
                detail: $"Station '{id}' uses security profile {station.SecurityProfile}; only profiles 1 and 2 use a password.")),
            cancellationToken);

    private static StationChange SetStatus(Station station, RegistrationStatus status)
    {
        station.RegistrationStatus = status;
        return StationChange.Done;
    }
}
