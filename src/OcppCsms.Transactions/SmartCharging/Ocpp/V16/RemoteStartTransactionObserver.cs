using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §5.16.2: a TxProfile sent with an Accepted RemoteStartTransaction is installed for the transaction about to
/// start; it waits, keyed by the id tag, until that transaction's StartTransaction names its id.
/// </summary>
internal sealed class RemoteStartTransactionObserver(ChargingProfileStore store)
    : ChargingProfileObserver<RemoteStartTransactionRequest, RemoteStartTransactionResponse>(
        OcppVersion.V16, "RemoteStartTransaction", V16JsonContext.Default.RemoteStartTransactionRequest, V16JsonContext.Default.RemoteStartTransactionResponse)
{
    protected override Task ObserveAsync(
        string stationId, RemoteStartTransactionRequest request, RemoteStartTransactionResponse response, CancellationToken cancellationToken) =>
        request.ChargingProfile is { } profile && response.Status == RemoteStartStopStatus.Accepted
            ? store.InstallAsync(stationId, request.ConnectorId, V16ChargingProfiles.FromV16(profile), Action, request.IdTag, cancellationToken)
            : Task.CompletedTask;
}
