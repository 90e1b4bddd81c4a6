using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 K05 (F01 with a charging profile): a TxProfile sent with an Accepted RequestStartTransaction is installed
/// for the transaction it starts. When the answer names a transaction that was already running (F01.FR.13: the cable
/// was plugged in first) the profile belongs to it at once; otherwise it waits, keyed by the id token.
/// </summary>
internal sealed class RequestStartTransactionObserver(ChargingProfileStore store, ILogger<RequestStartTransactionObserver> logger)
    : ChargingProfileObserver<RequestStartTransactionRequest, RequestStartTransactionResponse>(
        OcppVersion.V201, "RequestStartTransaction", V201JsonContext.Default.RequestStartTransactionRequest, V201JsonContext.Default.RequestStartTransactionResponse)
{
    protected override Task ObserveAsync(
        string stationId, RequestStartTransactionRequest request, RequestStartTransactionResponse response, CancellationToken cancellationToken)
    {
        if (request.ChargingProfile is not { } sent || response.Status != RequestStartStopStatusEnumType.Accepted)
        {
            return Task.CompletedTask;
        }

        if (!V201ChargingProfiles.TryFromV201(sent, out var profile, out var error))
        {
            SmartChargingLog.NotKept(logger, stationId, sent.Id, error);
            return Task.CompletedTask;
        }

        var running = response.TransactionId;
        return store.InstallAsync(stationId, request.EvseId, running is null ? profile : profile with { TransactionId = running }, Action,
            request.IdToken.IdToken, cancellationToken);
    }
}
