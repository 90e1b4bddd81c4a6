using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Authorization.Ocpp.V16;

/// <summary>OCPP 1.6 §5.1: Accepted means the station had the reservation and cancelled it; Rejected changes nothing.</summary>
internal sealed class CancelReservationObserver(ReservationStore reservations)
    : AnswerObserver<CancelReservationRequest, CancelReservationResponse>(
        V16JsonContext.Default.CancelReservationRequest, V16JsonContext.Default.CancelReservationResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "CancelReservation";

    protected override Task ObserveAsync(string stationId, CancelReservationRequest request, CancelReservationResponse response) =>
        response.Status == CancelReservationStatus.Accepted
            ? reservations.CancelAsync(stationId, request.ReservationId, CancellationToken.None)
            : Task.CompletedTask;
}
