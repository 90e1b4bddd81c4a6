using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> GetChargingProfilesAsync(string stationId, ChargingProfileReportQuery query, CancellationToken cancellationToken) =>
        With(stationId, "GetChargingProfiles", adapter => adapter.GetChargingProfilesAsync(stationId, query, cancellationToken), cancellationToken);
}
