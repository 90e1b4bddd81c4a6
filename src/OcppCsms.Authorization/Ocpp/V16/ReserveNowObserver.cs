using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Authorization.Ocpp.V16;

/// <summary>OCPP 1.6 §5.13: the station's answer to ReserveNow becomes the reservation's status.</summary>
internal sealed class ReserveNowObserver(ReservationStore reservations)
    : AnswerObserver<ReserveNowRequest, ReserveNowResponse>(V16JsonContext.Default.ReserveNowRequest, V16JsonContext.Default.ReserveNowResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "ReserveNow";

    protected override Task ObserveAsync(string stationId, ReserveNowRequest request, ReserveNowResponse response) =>
        reservations.RecordAnswerAsync(stationId, request.ReservationId, Enum.Parse<Reservations.ReservationStatus>(response.Status.ToString()), CancellationToken.None);
}
