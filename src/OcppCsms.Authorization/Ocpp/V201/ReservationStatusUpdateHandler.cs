using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Authorization.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 H04 ReservationStatusUpdate: the station ended a reservation without a transaction, Expired (H04.FR.01) or
/// Removed; the reservation takes that status. A reservation this CSMS does not know for the station, or one already
/// used or ended, is answered all the same (the message reports a fact, there is nothing to refuse) and logged.
/// </summary>
internal sealed partial class ReservationStatusUpdateHandler(ReservationStore reservations, ILogger<ReservationStatusUpdateHandler> logger)
    : OcppCallHandler<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse>(
        V201JsonContext.Default.ReservationStatusUpdateRequest, V201JsonContext.Default.ReservationStatusUpdateResponse)
{
    private static readonly ReservationStatusUpdateResponse Answer = new();

    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "ReservationStatusUpdate";

    protected override async ValueTask<ReservationStatusUpdateResponse> HandleAsync(
        OcppCall call, ReservationStatusUpdateRequest request, CancellationToken cancellationToken)
    {
        var ending = request.ReservationUpdateStatus == ReservationUpdateStatusEnumType.Expired ? ReservationStatus.Expired : ReservationStatus.Removed;
        if (await reservations.EndAsync(call.StationId, request.ReservationId, ending, cancellationToken))
        {
            Ended(logger, request.ReservationId, call.StationId, ending);
        }
        else
        {
            NotLive(logger, call.StationId, request.ReservationId, ending);
        }

        return Answer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reservation {ReservationId} at station {StationId} ended: {Status}")]
    private static partial void Ended(ILogger logger, int reservationId, string stationId, ReservationStatus status);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Station {StationId} reports reservation {ReservationId} {Status}, which is unknown for it or no longer live; nothing changed")]
    private static partial void NotLive(ILogger logger, string stationId, int reservationId, ReservationStatus status);
}
