using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>OCPP 1.6 §5.13: connector 0 reserves any connector; the idTag and parent are at most 20 characters.</summary>
    public Task<CommandResult> ReserveNowAsync(string stationId, ReservationRequest reservation, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ReserveNow", new ReserveNowRequest
            {
                ReservationId = reservation.ReservationId,
                ConnectorId = reservation.ConnectorOrEvseId,
                IdTag = reservation.IdTag,
                ParentIdTag = reservation.ParentIdTag,
                ExpiryDate = reservation.ExpiryDate,
            },
            Json.ReserveNowRequest, Json.ReserveNowResponse, cancellationToken);

    public Task<CommandResult> CancelReservationAsync(string stationId, int reservationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "CancelReservation", new CancelReservationRequest { ReservationId = reservationId },
            Json.CancelReservationRequest, Json.CancelReservationResponse, cancellationToken);
}
