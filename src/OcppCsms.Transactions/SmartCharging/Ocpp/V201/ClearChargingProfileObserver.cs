using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 K10: Accepted cleared the profile with the id or those matching the criteria (K10.FR.03/04); Unknown
/// (K10.FR.01) says the station holds none of them, so the CSMS forgets any it still believed were there.
/// </summary>
internal sealed class ClearChargingProfileObserver(ChargingProfileStore store) : ChargingProfileObserver<ClearChargingProfileRequest, ClearChargingProfileResponse>(
    OcppVersion.V201, "ClearChargingProfile", V201JsonContext.Default.ClearChargingProfileRequest, V201JsonContext.Default.ClearChargingProfileResponse)
{
    protected override Task ObserveAsync(string stationId, ClearChargingProfileRequest request, ClearChargingProfileResponse response, CancellationToken cancellationToken)
    {
        var criteria = request.ChargingProfileCriteria;
        var purpose = criteria?.ChargingProfilePurpose is { } sent ? V201ChargingProfiles.FromV201(sent) : (ChargingProfilePurpose?)null;
        return store.ClearAsync(stationId, new ChargingProfileCriteria(request.ChargingProfileId, criteria?.EvseId, purpose, criteria?.StackLevel), cancellationToken);
    }
}
