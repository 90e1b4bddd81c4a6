using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Authorization.Ocpp.V201;

/// <summary>OCPP 2.0.1 H01: the station's answer to ReserveNow becomes the reservation's status.</summary>
internal sealed class ReserveNowObserver(ReservationStore reservations)
    : AnswerObserver<ReserveNowRequest, ReserveNowResponse>(V201JsonContext.Default.ReserveNowRequest, V201JsonContext.Default.ReserveNowResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "ReserveNow";

    protected override Task ObserveAsync(string stationId, ReserveNowRequest request, ReserveNowResponse response) =>
        reservations.RecordAnswerAsync(stationId, request.Id, Enum.Parse<ReservationStatus>(response.Status.ToString()), CancellationToken.None);
}
