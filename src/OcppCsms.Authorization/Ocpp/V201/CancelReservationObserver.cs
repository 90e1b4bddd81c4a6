using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Authorization.Ocpp.V201;

/// <summary>OCPP 2.0.1 H02: Accepted means the station had the reservation and cancelled it; Rejected changes nothing.</summary>
internal sealed class CancelReservationObserver(ReservationStore reservations)
    : AnswerObserver<CancelReservationRequest, CancelReservationResponse>(
        V201JsonContext.Default.CancelReservationRequest, V201JsonContext.Default.CancelReservationResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "CancelReservation";

    protected override Task ObserveAsync(string stationId, CancelReservationRequest request, CancelReservationResponse response) =>
        response.Status == CancelReservationStatusEnumType.Accepted
            ? reservations.CancelAsync(stationId, request.ReservationId, CancellationToken.None)
            : Task.CompletedTask;
}
