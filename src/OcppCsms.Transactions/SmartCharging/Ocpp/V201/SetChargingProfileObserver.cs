using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Ocpp.V201;

/// <summary>OCPP 2.0.1 K01: only an Accepted SetChargingProfileResponse installed the profile on the EVSE.</summary>
internal sealed class SetChargingProfileObserver(ChargingProfileStore store, ILogger<SetChargingProfileObserver> logger)
    : ChargingProfileObserver<SetChargingProfileRequest, SetChargingProfileResponse>(
        OcppVersion.V201, "SetChargingProfile", V201JsonContext.Default.SetChargingProfileRequest, V201JsonContext.Default.SetChargingProfileResponse)
{
    protected override Task ObserveAsync(string stationId, SetChargingProfileRequest request, SetChargingProfileResponse response, CancellationToken cancellationToken)
    {
        if (response.Status != ChargingProfileStatusEnumType.Accepted)
        {
            return Task.CompletedTask;
        }

        if (!V201ChargingProfiles.TryFromV201(request.ChargingProfile, out var profile, out var error))
        {
            // Only a raw SetChargingProfile can carry more than the neutral form (ISO 15118 schedules, sales tariffs).
            SmartChargingLog.NotKept(logger, stationId, request.ChargingProfile.Id, error);
            return Task.CompletedTask;
        }

        return store.InstallAsync(stationId, request.EvseId, profile, Action, idTag: null, cancellationToken);
    }
}
