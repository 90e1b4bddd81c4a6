using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The Smart Charging profile (OCPP 1.6 §3.13, §5.5, §5.7, §5.16; OCPP 2.0.1 part 2 K01, K08, K10).</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// OCPP 1.6 SetChargingProfile on a connector (0: the station); OCPP 2.0.1 SetChargingProfile K01 on an EVSE (0: the
    /// station). A profile the station's version cannot carry ends as <see cref="CommandOutcome.Invalid"/>, unsent.
    /// </summary>
    Task<CommandResult> SetChargingProfileAsync(string stationId, int connectorOrEvseId, ChargingProfile profile, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 ClearChargingProfile; OCPP 2.0.1 ClearChargingProfile K10: by id, or every profile the criteria match.</summary>
    Task<CommandResult> ClearChargingProfileAsync(string stationId, ChargingProfileCriteria criteria, CancellationToken cancellationToken);

    /// <summary>
    /// OCPP 1.6 GetCompositeSchedule; OCPP 2.0.1 GetCompositeSchedule K08: the schedule the connector or EVSE (0: the grid
    /// connection) will follow for the next <paramref name="duration"/> seconds, optionally in a forced unit.
    /// </summary>
    Task<CommandResult> GetCompositeScheduleAsync(
        string stationId, int connectorOrEvseId, int duration, ChargingRateUnit? chargingRateUnit, CancellationToken cancellationToken);
}
