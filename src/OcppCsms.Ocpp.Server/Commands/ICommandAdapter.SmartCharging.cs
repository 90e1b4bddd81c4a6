using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> SetChargingProfileAsync(string stationId, int connectorOrEvseId, ChargingProfile profile, CancellationToken cancellationToken);

    Task<CommandResult> ClearChargingProfileAsync(string stationId, ChargingProfileCriteria criteria, CancellationToken cancellationToken);

    Task<CommandResult> GetCompositeScheduleAsync(
        string stationId, int connectorOrEvseId, int duration, ChargingRateUnit? chargingRateUnit, CancellationToken cancellationToken);
}
