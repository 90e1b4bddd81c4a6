using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The smart-charging commands in OCPP 2.0.1 terms (part 2 K01, K08, K10), on EVSEs.</summary>
internal sealed partial class V201CommandAdapter
{
    /// <summary>K01.</summary>
    public Task<CommandResult> SetChargingProfileAsync(string stationId, int connectorOrEvseId, ChargingProfile profile, CancellationToken cancellationToken) =>
        profile.TryToV201(out var converted, out var error)
            ? caller.CallAsync(stationId, Version, "SetChargingProfile", new SetChargingProfileRequest { EvseId = connectorOrEvseId, ChargingProfile = converted },
                Json.SetChargingProfileRequest, Json.SetChargingProfileResponse, cancellationToken)
            : StationCommands.ProfileNotCarried("SetChargingProfile", "2.0.1", error);

    /// <summary>K10.FR.02: an id, or at least one criterion (2.0.1 has no "clear everything").</summary>
    public Task<CommandResult> ClearChargingProfileAsync(string stationId, ChargingProfileCriteria criteria, CancellationToken cancellationToken)
    {
        var narrowed = criteria.ConnectorId is not null || criteria.ChargingProfilePurpose is not null || criteria.StackLevel is not null;
        if (criteria.Id is null && !narrowed)
        {
            return StationCommands.ProfileNotCarried("ClearChargingProfile", "2.0.1",
                "id: OCPP 2.0.1 clears a profile by id or by at least one of connectorId (EVSE), chargingProfilePurpose and stackLevel (K10.FR.02).");
        }

        var request = new ClearChargingProfileRequest
        {
            ChargingProfileId = criteria.Id,
            ChargingProfileCriteria = narrowed
                ? new ClearChargingProfileType
                {
                    EvseId = criteria.ConnectorId,
                    ChargingProfilePurpose = criteria.ChargingProfilePurpose is { } purpose ? purpose.ToV201() : null,
                    StackLevel = criteria.StackLevel,
                }
                : null,
        };
        return caller.CallAsync(stationId, Version, "ClearChargingProfile", request, Json.ClearChargingProfileRequest, Json.ClearChargingProfileResponse, cancellationToken);
    }

    /// <summary>K08: EVSE 0 asks for the grid connection's schedule.</summary>
    public Task<CommandResult> GetCompositeScheduleAsync(
        string stationId, int connectorOrEvseId, int duration, ChargingRateUnit? chargingRateUnit, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetCompositeSchedule",
            new GetCompositeScheduleRequest { EvseId = connectorOrEvseId, Duration = duration, ChargingRateUnit = chargingRateUnit?.ToV201() },
            Json.GetCompositeScheduleRequest, Json.GetCompositeScheduleResponse, cancellationToken);
}
