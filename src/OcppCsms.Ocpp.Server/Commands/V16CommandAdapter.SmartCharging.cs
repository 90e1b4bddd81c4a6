using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using ChargingProfile = OcppCsms.Ocpp.Server.Contracts.SmartCharging.ChargingProfile;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The Smart Charging profile in OCPP 1.6 terms (§5.5, §5.7, §5.16).</summary>
internal sealed partial class V16CommandAdapter
{
    /// <summary>§6.43: the profile travels as <c>csChargingProfiles</c>.</summary>
    public Task<CommandResult> SetChargingProfileAsync(string stationId, int connectorOrEvseId, ChargingProfile profile, CancellationToken cancellationToken) =>
        profile.TryToV16(out var converted, out var error)
            ? caller.CallAsync(stationId, Version, "SetChargingProfile", new SetChargingProfileRequest { ConnectorId = connectorOrEvseId, CsChargingProfiles = converted },
                Json.SetChargingProfileRequest, Json.SetChargingProfileResponse, cancellationToken)
            : StationCommands.ProfileNotCarried("SetChargingProfile", "1.6", error);

    /// <summary>§6.13; 1.6 knows no ChargingStationExternalConstraints, so a request for them has nothing to clear.</summary>
    public Task<CommandResult> ClearChargingProfileAsync(string stationId, ChargingProfileCriteria criteria, CancellationToken cancellationToken) =>
        criteria.ChargingProfilePurpose == ChargingProfilePurpose.ChargingStationExternalConstraints
            ? StationCommands.ProfileNotCarried("ClearChargingProfile", "1.6", "purpose: ChargingStationExternalConstraints exists only in OCPP 2.0.1.")
            : caller.CallAsync(stationId, Version, "ClearChargingProfile", new ClearChargingProfileRequest
                {
                    Id = criteria.Id,
                    ConnectorId = criteria.ConnectorId,
                    ChargingProfilePurpose = criteria.ChargingProfilePurpose is { } purpose ? Enum.Parse<ChargingProfilePurposeType>(purpose.ToString()) : null,
                    StackLevel = criteria.StackLevel,
                },
                Json.ClearChargingProfileRequest, Json.ClearChargingProfileResponse, cancellationToken);

    /// <summary>§6.21: connector 0 asks for the expected consumption of the grid connection.</summary>
    public Task<CommandResult> GetCompositeScheduleAsync(
        string stationId, int connectorOrEvseId, int duration, ChargingRateUnit? chargingRateUnit, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetCompositeSchedule",
            new GetCompositeScheduleRequest { ConnectorId = connectorOrEvseId, Duration = duration, ChargingRateUnit = chargingRateUnit?.ToV16() },
            Json.GetCompositeScheduleRequest, Json.GetCompositeScheduleResponse, cancellationToken);
}
