using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §6.14: Accepted cleared what the request matched; Unknown (§7.21 "No Charging Profile(s) were found matching
/// the request") says the station holds none of them, so the CSMS forgets any it still believed were there. Both
/// statuses (the only two the schema allows) leave the station without the matching profiles.
/// </summary>
internal sealed class ClearChargingProfileObserver(ChargingProfileStore store) : ChargingProfileObserver<ClearChargingProfileRequest, ClearChargingProfileResponse>(
    OcppVersion.V16, "ClearChargingProfile", V16JsonContext.Default.ClearChargingProfileRequest, V16JsonContext.Default.ClearChargingProfileResponse)
{
    protected override Task ObserveAsync(string stationId, ClearChargingProfileRequest request, ClearChargingProfileResponse response, CancellationToken cancellationToken)
    {
        var purpose = request.ChargingProfilePurpose is { } sent ? Enum.Parse<ChargingProfilePurpose>(sent.ToString()) : (ChargingProfilePurpose?)null;
        return store.ClearAsync(stationId, new ChargingProfileCriteria(request.Id, request.ConnectorId, purpose, request.StackLevel), cancellationToken);
    }
}
