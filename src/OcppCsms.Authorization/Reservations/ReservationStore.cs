using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Authorization.Persistence;

namespace OcppCsms.Authorization.Reservations;

/// <summary>
/// The reservations table, written at the three moments that change it: the CSMS records a reservation before sending
/// ReserveNow (the id must be in the request), the station's answer sets its status, and a CancelReservation the station
/// accepted or a transaction that names it ends it. Every change after the first is one conditional UPDATE, so an
/// answer and a transaction start racing each other cannot both win.
/// </summary>
internal sealed partial class ReservationStore(IDbContextFactory<AuthorizationDbContext> contexts, TimeProvider clock, ILogger<ReservationStore> logger)
    : IReservations
{
    /// <summary>Records a reservation as Requested and allocates its id.</summary>
    public async Task<Reservation> CreateAsync(
        string stationId, int connectorId, string idTag, string? parentIdTag, DateTime expiryDate, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reservation = new Reservation
        {
            StationId = stationId,
            ConnectorId = connectorId,
            IdTag = idTag,
            ParentIdTag = parentIdTag,
            ExpiryDate = expiryDate,
            Status = ReservationStatus.Requested,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Reservations.Add(reservation);
        await db.SaveChangesAsync(cancellationToken);
        return reservation;
    }

    /// <summary>Removes a reservation whose ReserveNow never left the CSMS (the station was offline, or the request invalid for its version).</summary>
    public async Task ForgetAsync(int reservationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Reservations.Where(r => r.Id == reservationId && r.Status == ReservationStatus.Requested).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The station's answer to ReserveNow. Only a reservation still waiting for one takes it.</summary>
    public async Task RecordAnswerAsync(string stationId, int reservationId, ReservationStatus answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Reservations
            .Where(r => r.Id == reservationId && r.StationId == stationId && r.Status == ReservationStatus.Requested)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, answer).SetProperty(r => r.UpdatedAt, now), cancellationToken);
    }

    /// <summary>The station accepted a CancelReservation (OCPP 1.6 §5.1: it had the reservation, and now has not).</summary>
    public Task CancelAsync(string stationId, int reservationId, CancellationToken cancellationToken) =>
        EndAsync(stationId, reservationId, ReservationStatus.Cancelled, cancellationToken);

    /// <summary>
    /// The station ended the reservation without a transaction: cancelled on request, or (2.0.1 H04
    /// ReservationStatusUpdate) at its expiry (<see cref="ReservationStatus.Expired"/>) or otherwise
    /// (<see cref="ReservationStatus.Removed"/>). Only a live one takes it: a reservation already used or ended stays what
    /// it became. Whether one did is returned.
    /// </summary>
    public async Task<bool> EndAsync(string stationId, int reservationId, ReservationStatus ending, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reservations
            .Where(r => r.Id == reservationId && r.StationId == stationId
                        && (r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Accepted))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ending).SetProperty(r => r.UpdatedAt, now), cancellationToken) == 1;
    }

    /// <summary>
    /// OCPP 1.6 §5.13: the station names the reservation in StartTransaction when a transaction ends it. The station
    /// decided that the reservation was valid when the transaction started, which may have been before its expiry date
    /// and long before the message arrived (offline, §3.7), so a live reservation is consumed whatever the clock says
    /// now. A Requested one counts as live: the station's answer was lost, yet it evidently held the reservation.
    /// </summary>
    public async Task<ReservationUse> ConsumeAsync(string stationId, int connectorId, int reservationId, string idTag, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var consumed = await db.Reservations
            .Where(r => r.Id == reservationId && r.StationId == stationId
                        && (r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Accepted))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ReservationStatus.Used)
                .SetProperty(r => r.UsedAt, now)
                .SetProperty(r => r.UsedByIdTag, idTag)
                .SetProperty(r => r.UpdatedAt, now), cancellationToken);
        if (consumed == 1)
        {
            Consumed(logger, reservationId, stationId, connectorId);
            return ReservationUse.Consumed;
        }

        // Reported, not logged: the caller knows which transaction named it.
        return await db.Reservations.AnyAsync(r => r.Id == reservationId && r.StationId == stationId, cancellationToken)
            ? ReservationUse.NotActive
            : ReservationUse.Unknown;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reservation {ReservationId} at station {StationId} used by a transaction on connector {ConnectorId}")]
    private static partial void Consumed(ILogger logger, int reservationId, string stationId, int connectorId);
}
