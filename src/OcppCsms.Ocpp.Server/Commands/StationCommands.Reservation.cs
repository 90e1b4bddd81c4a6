using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> ReserveNowAsync(string stationId, ReservationRequest reservation, CancellationToken cancellationToken) =>
        With(stationId, "ReserveNow", adapter => adapter.ReserveNowAsync(stationId, reservation, cancellationToken), cancellationToken);

    public Task<CommandResult> CancelReservationAsync(string stationId, int reservationId, CancellationToken cancellationToken) =>
        With(stationId, "CancelReservation", adapter => adapter.CancelReservationAsync(stationId, reservationId, cancellationToken), cancellationToken);
}
