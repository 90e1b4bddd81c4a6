using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> SetChargingProfileAsync(string stationId, int connectorOrEvseId, ChargingProfile profile, CancellationToken cancellationToken) =>
        With(stationId, "SetChargingProfile", adapter => adapter.SetChargingProfileAsync(stationId, connectorOrEvseId, profile, cancellationToken), cancellationToken);

    public Task<CommandResult> ClearChargingProfileAsync(string stationId, ChargingProfileCriteria criteria, CancellationToken cancellationToken) =>
        With(stationId, "ClearChargingProfile", adapter => adapter.ClearChargingProfileAsync(stationId, criteria, cancellationToken), cancellationToken);

    public Task<CommandResult> GetCompositeScheduleAsync(
        string stationId, int connectorOrEvseId, int duration, ChargingRateUnit? chargingRateUnit, CancellationToken cancellationToken) =>
        With(stationId, "GetCompositeSchedule", adapter => adapter.GetCompositeScheduleAsync(stationId, connectorOrEvseId, duration, chargingRateUnit, cancellationToken), cancellationToken);

    /// <summary>A smart-charging command the station's version cannot carry: refused before anything is sent.</summary>
    /// <param name="error">The field, as the command's JSON path, and why.</param>
    internal static Task<CommandResult> NotCarried(string action, string version, string error) =>
        CommandCaller.Refuse(action, OcppErrorCode.PropertyConstraintViolation, $"OCPP {version} cannot carry this {action}: {error}");
}
