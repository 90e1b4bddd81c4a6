using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>A 1.6 CSMS knows the profiles it set (it keeps them from SetChargingProfile answers); it cannot ask for them.</summary>
    public Task<CommandResult> GetChargingProfilesAsync(string stationId, ChargingProfileReportQuery query, CancellationToken cancellationToken) =>
        Only201("GetChargingProfiles");
}
