using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>OCPP 2.0.1 reporting of installed charging profiles (part 2 K09); OCPP 1.6 has no such message.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// K09 GetChargingProfiles with a requestId the CSMS allocates (<see cref="CommandResult.RequestId"/>), which the
    /// station's ReportChargingProfilesRequests repeat.
    /// </summary>
    Task<CommandResult> GetChargingProfilesAsync(string stationId, ChargingProfileReportQuery query, CancellationToken cancellationToken);
}

/// <summary>Which profiles to report (2.0.1 ChargingProfileCriterionType, every field given narrows the selection).</summary>
/// <param name="EvseId">0: the grid connection's profiles only; absent: every EVSE's.</param>
/// <param name="ChargingProfileIds">Only these profiles.</param>
/// <param name="ChargingLimitSources">Only profiles from these sources (one to four).</param>
public sealed record ChargingProfileReportQuery(
    int? EvseId = null, ChargingProfilePurpose? ChargingProfilePurpose = null, int? StackLevel = null,
    IReadOnlyList<int>? ChargingProfileIds = null, IReadOnlyList<ChargingLimitSource>? ChargingLimitSources = null);

/// <summary>Who set a charging limit (2.0.1 ChargingLimitSourceEnumType): an energy management system, the system operator, the CSO, or other.</summary>
public enum ChargingLimitSource
{
    EMS,
    Other,
    SO,
    CSO,
}
