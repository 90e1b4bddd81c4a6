using System.Text.Json;
using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Api;

/// <summary>A reservation as operators see it; <c>status</c> is what it is now (Expired once its expiry date has passed while live).</summary>
internal sealed record ReservationResponse(
    int ReservationId, string StationId, int ConnectorId, string IdTag, string? ParentIdTag, DateTime ExpiryDate, ReservationStatus Status,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? UsedAt, string? UsedByIdTag)
{
    public static ReservationResponse From(Reservation reservation, DateTime now) => new(
        reservation.Id, reservation.StationId, reservation.ConnectorId, reservation.IdTag, reservation.ParentIdTag, reservation.ExpiryDate,
        reservation.StatusAt(now), reservation.CreatedAt, reservation.UpdatedAt, reservation.UsedAt, reservation.UsedByIdTag);
}

/// <summary>The answer to reserve-now: the command's answer and the reservation id the CSMS allocated.</summary>
internal sealed record ReserveNowAnswer(string Action, string Outcome, string? Status, JsonElement? Response, int ReservationId)
{
    public static ReserveNowAnswer From(CommandResponse answer, int reservationId) =>
        new(answer.Action, answer.Outcome, answer.Status, answer.Response, reservationId);
}
