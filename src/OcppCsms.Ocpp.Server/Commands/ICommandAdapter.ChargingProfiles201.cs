using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> GetChargingProfilesAsync(string stationId, ChargingProfileReportQuery query, CancellationToken cancellationToken);
}
