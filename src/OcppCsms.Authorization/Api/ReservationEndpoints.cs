using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Authorization.Persistence;
using OcppCsms.Authorization.Reservations;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Authorization.Api;

/// <summary>
/// Reservations (OCPP 1.6 §5.13 ReserveNow, §5.1 CancelReservation; 2.0.1 H01/H02): the two commands, and the
/// reservations of a station as the CSMS recorded them.
/// </summary>
internal static class ReservationEndpoints
{
    private static readonly SortFields<Reservation> Sort = new("-reservationId", r => r.Id, new Dictionary<string, Expression<Func<Reservation, object?>>>
    {
        ["reservationId"] = r => r.Id,
        ["expiryDate"] = r => r.ExpiryDate,
        ["createdAt"] = r => r.CreatedAt,
    });

    public static void MapReservationEndpoints(this IEndpointRouteBuilder app)
    {
        var commands = app.MapStationCommandGroup().RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation();
        commands.MapPost("/commands/reserve-now", ReserveNowAsync)
            .WithSummary("Reserve a connector (0: any) for an id tag until expiryDate (ReserveNow); the CSMS allocates the reservationId and records the station's answer.")
            .ProducesValidationProblem();
        commands.MapPost("/commands/cancel-reservation", (string stationId, CancelReservationCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.CancelReservationAsync(stationId, command.ReservationId!.Value, cancellationToken)))
            .WithSummary("Cancel a reservation (CancelReservation); it is recorded Cancelled when the station accepts.")
            .ProducesValidationProblem();

        var reservations = app.MapGroup("/api/v1/stations/{stationId}/reservations").WithTags("Reservations")
            .RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        reservations.MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("The station's reservations, newest first (paged; filter status; sort by reservationId, expiryDate, createdAt).")
            .ProducesValidationProblem();
        reservations.MapGet("/{reservationId:int}", GetAsync).WithSummary("One reservation of the station.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// Records the reservation first (its id goes into the request), then sends it; the station's answer reaches the
    /// record through the answer observers. A request that never left (station offline, or not expressible in its OCPP
    /// version) is removed again; one without a usable answer stays Requested and can be cancelled.
    /// </summary>
    private static async Task<Results<Ok<ReserveNowAnswer>, ProblemHttpResult>> ReserveNowAsync(
        string stationId, ReserveNowCommand command, ReservationStore store, IStationCommands gateway, CancellationToken cancellationToken)
    {
        var reservation = await store.CreateAsync(stationId, command.ConnectorId!.Value, command.IdTag, command.ParentIdTag, command.ExpiryDate!.Value, cancellationToken);
        var result = await gateway.ReserveNowAsync(stationId, new ReservationRequest(
            reservation.Id, reservation.ConnectorId, reservation.IdTag, reservation.ExpiryDate, reservation.ParentIdTag,
            command.IdTokenType ?? IdTokenKind.ISO14443), cancellationToken);
        var sent = result.Outcome is not (CommandOutcome.Offline or CommandOutcome.NotAccepted or CommandOutcome.Invalid);
        if (!sent)
        {
            await store.ForgetAsync(reservation.Id, CancellationToken.None);
        }

        return await CommandAnswers.AnswerAsync(result, answer => ReserveNowAnswer.From(answer, reservation.Id), "reservationId", sent ? reservation.Id : null);
    }

    private static async Task<Ok<Page<ReservationResponse>>> ListAsync(
        string stationId, [AsParameters] PageQuery page, [AsParameters] ReservationFilter filter, IDbContextFactory<AuthorizationDbContext> contexts,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Reservations.AsNoTracking().Where(r => r.StationId == stationId);
        query = filter.Status switch
        {
            null => query,
            ReservationStatus.Expired => query.Where(r =>
                r.Status == ReservationStatus.Expired || ((r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Accepted) && r.ExpiryDate <= now)),
            { } live when Reservation.IsLive(live) => query.Where(r => r.Status == live && r.ExpiryDate > now),
            { } status => query.Where(r => r.Status == status),
        };
        return TypedResults.Ok(await query.ToPageAsync(page, Sort, reservation => ReservationResponse.From(reservation, now), cancellationToken));
    }

    private static async Task<Results<Ok<ReservationResponse>, ProblemHttpResult>> GetAsync(
        string stationId, int reservationId, IDbContextFactory<AuthorizationDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reservations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reservationId && r.StationId == stationId, cancellationToken) is { } reservation
            ? TypedResults.Ok(ReservationResponse.From(reservation, clock.GetUtcNow().UtcDateTime))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such reservation",
                detail: $"Station '{stationId}' has no reservation {reservationId}.");
    }
}
