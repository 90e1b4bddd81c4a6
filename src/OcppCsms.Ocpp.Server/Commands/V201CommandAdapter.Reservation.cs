using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>H01: an EVSE, or none for any EVSE (accepted only where ReservationNonEvseSpecific is true, H01.FR.18/19); the group as groupIdToken.</summary>
    public Task<CommandResult> ReserveNowAsync(string stationId, ReservationRequest reservation, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ReserveNow", new ReserveNowRequest
            {
                Id = reservation.ReservationId,
                ExpiryDateTime = reservation.ExpiryDate,
                EvseId = reservation.ConnectorOrEvseId == 0 ? null : reservation.ConnectorOrEvseId,
                IdToken = IdToken(reservation.IdTag, reservation.IdTokenType),
                GroupIdToken = GroupIdToken(reservation.ParentIdTag),
            },
            Json.ReserveNowRequest, Json.ReserveNowResponse, cancellationToken);

    public Task<CommandResult> CancelReservationAsync(string stationId, int reservationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "CancelReservation", new CancelReservationRequest { ReservationId = reservationId },
            Json.CancelReservationRequest, Json.CancelReservationResponse, cancellationToken);

    private static IdTokenType IdToken(string idTag, IdTokenKind kind) => new() { IdToken = idTag, Type = Enum.Parse<IdTokenEnumType>(kind.ToString()) };

    /// <summary>A group is usually a central account identifier rather than a card (OCPP 1.6 §3.9), hence type Central.</summary>
    private static IdTokenType? GroupIdToken(string? parentIdTag) =>
        parentIdTag is null ? null : new IdTokenType { IdToken = parentIdTag, Type = IdTokenEnumType.Central };
}
