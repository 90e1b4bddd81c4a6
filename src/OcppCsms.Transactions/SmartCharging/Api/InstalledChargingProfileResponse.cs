using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Api;

/// <summary>A profile the CSMS believes the station holds.</summary>
/// <param name="ConnectorId">The 1.6 connector or 2.0.1 EVSE (0: the station); null for a remote start's TxProfile whose connector the station has not named yet.</param>
/// <param name="ChargingProfile">As sent; a remote start's TxProfile gains its <c>transactionId</c> when the transaction starts.</param>
/// <param name="InstalledBy">SetChargingProfile, RemoteStartTransaction or RequestStartTransaction.</param>
internal sealed record InstalledChargingProfileResponse(int? ConnectorId, ChargingProfile ChargingProfile, string InstalledBy, DateTime InstalledAt)
{
    public static InstalledChargingProfileResponse From(InstalledChargingProfile profile) =>
        new(profile.ConnectorId, profile.ToProfile(), profile.InstalledBy, profile.InstalledAt);
}
