using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Ocpp.V16;

/// <summary>OCPP 1.6 §6.44: only an Accepted SetChargingProfile installed the profile; Rejected and NotSupported left the station as it was.</summary>
internal sealed class SetChargingProfileObserver(ChargingProfileStore store) : ChargingProfileObserver<SetChargingProfileRequest, SetChargingProfileResponse>(
    OcppVersion.V16, "SetChargingProfile", V16JsonContext.Default.SetChargingProfileRequest, V16JsonContext.Default.SetChargingProfileResponse)
{
    protected override Task ObserveAsync(string stationId, SetChargingProfileRequest request, SetChargingProfileResponse response, CancellationToken cancellationToken) =>
        response.Status == ChargingProfileStatus.Accepted
            ? store.InstallAsync(stationId, request.ConnectorId, V16ChargingProfiles.FromV16(request.CsChargingProfiles), Action, idTag: null, cancellationToken)
            : Task.CompletedTask;
}
