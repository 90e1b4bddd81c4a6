using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>K09: ReportChargingProfilesRequests repeat the requestId; the criterion is required, even when empty.</summary>
    public Task<CommandResult> GetChargingProfilesAsync(string stationId, ChargingProfileReportQuery query, CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetChargingProfiles",
            new GetChargingProfilesRequest
            {
                RequestId = requestId,
                EvseId = query.EvseId,
                ChargingProfile = new ChargingProfileCriterionType
                {
                    ChargingProfilePurpose = query.ChargingProfilePurpose?.ToV201(),
                    StackLevel = query.StackLevel,
                    ChargingProfileId = query.ChargingProfileIds,
                    ChargingLimitSource = query.ChargingLimitSources?.Select(s => Enum.Parse<ChargingLimitSourceEnumType>(s.ToString())).ToList(),
                },
            },
            Json.GetChargingProfilesRequest, Json.GetChargingProfilesResponse, cancellationToken, requestId);
    }
}
