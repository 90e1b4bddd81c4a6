using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> ReserveNowAsync(string stationId, ReservationRequest reservation, CancellationToken cancellationToken);

    Task<CommandResult> CancelReservationAsync(string stationId, int reservationId, CancellationToken cancellationToken);
}
