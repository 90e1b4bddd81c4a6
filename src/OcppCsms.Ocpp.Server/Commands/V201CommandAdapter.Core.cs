using System.Text.Json;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>
    /// F01/F02 RequestStartTransaction on EVSE <see cref="RemoteStart.ConnectorId"/>. The idToken is of type Central
    /// (part 2 §3.43: generated centrally, "for example used for a remotely started transaction"): the operator's start is
    /// vouched for by the CSMS, so the station does not ask Authorize for it nor cache it (C03.FR.01/02), and the CSMS
    /// judges the token when the transaction arrives, as a 1.6 station with AuthorizeRemoteTxRequests false lets it.
    /// The remoteStartId allocated here comes back in the transaction's first TransactionEventRequest (F02.FR.01) and
    /// in the result.
    /// </summary>
    public Task<CommandResult> RemoteStartAsync(string stationId, RemoteStart request, CancellationToken cancellationToken)
    {
        ChargingProfileType? profile = null;
        if (request.ChargingProfile is { } neutral && !neutral.TryToV201(out profile, out var error))
        {
            return StationCommands.NotCarried("RequestStartTransaction", "2.0.1", error);
        }

        var remoteStartId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "RequestStartTransaction",
            new RequestStartTransactionRequest
            {
                EvseId = request.ConnectorId,
                RemoteStartId = remoteStartId,
                IdToken = new IdTokenType { IdToken = request.IdTag, Type = IdTokenEnumType.Central },
                ChargingProfile = profile,
            },
            Json.RequestStartTransactionRequest, Json.RequestStartTransactionResponse, cancellationToken, remoteStartId);
    }

    /// <summary>F03: the station's own transaction id, a string.</summary>
    public Task<CommandResult> RemoteStopAsync(string stationId, string transactionId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "RequestStopTransaction", new RequestStopTransactionRequest { TransactionId = transactionId },
            Json.RequestStopTransactionRequest, Json.RequestStopTransactionResponse, cancellationToken);

    /// <summary>B11 (OnIdle: once transactions have ended) and B12 (Immediate), of the station or of one EVSE.</summary>
    public Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "Reset", new ResetRequest { Type = kind == ResetKind.Hard ? ResetEnumType.Immediate : ResetEnumType.OnIdle, EvseId = evseId },
            Json.ResetRequest, Json.ResetResponse, cancellationToken);

    /// <summary>F05: a connector of an EVSE; without an EVSE, the 1.6 connector is the EVSE and its connector 1.</summary>
    public Task<CommandResult> UnlockConnectorAsync(string stationId, int connectorId, int? evseId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "UnlockConnector",
            new UnlockConnectorRequest { EvseId = evseId ?? connectorId, ConnectorId = evseId is null ? 1 : connectorId },
            Json.UnlockConnectorRequest, Json.UnlockConnectorResponse, cancellationToken);

    /// <summary>G03 (station, connector 0), G04 (an EVSE, or a connector of one).</summary>
    public Task<CommandResult> ChangeAvailabilityAsync(string stationId, int connectorId, int? evseId, AvailabilityKind availability, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ChangeAvailability",
            new ChangeAvailabilityRequest
            {
                OperationalStatus = availability == AvailabilityKind.Operative ? OperationalStatusEnumType.Operative : OperationalStatusEnumType.Inoperative,
                Evse = (evseId, connectorId) switch
                {
                    ({ } evse, > 0) => new EVSEType { Id = evse, ConnectorId = connectorId },
                    ({ } evse, _) => new EVSEType { Id = evse },
                    (null, > 0) => new EVSEType { Id = connectorId },
                    _ => null,
                },
            },
            Json.ChangeAvailabilityRequest, Json.ChangeAvailabilityResponse, cancellationToken);

    public Task<CommandResult> GetConfigurationAsync(string stationId, IReadOnlyList<string>? keys, CancellationToken cancellationToken) =>
        NoTwin("GetConfiguration", "its settings are device model variables, read with GetVariables (get-variables) or GetBaseReport.");

    public Task<CommandResult> ChangeConfigurationAsync(string stationId, string key, string value, CancellationToken cancellationToken) =>
        NoTwin("ChangeConfiguration", "its settings are device model variables, changed with SetVariables (set-variables).");

    public Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ClearCache", new ClearCacheRequest(), Json.ClearCacheRequest, Json.ClearCacheResponse, cancellationToken);

    /// <summary>P01: data is any JSON value, sent as given.</summary>
    public Task<CommandResult> DataTransferAsync(string stationId, CsmsDataTransfer request, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "DataTransfer",
            new DataTransferRequest
            {
                VendorId = request.VendorId,
                MessageId = request.MessageId,
                Data = request.Data is { ValueKind: not JsonValueKind.Null } data ? data : null,
            },
            Json.DataTransferRequest, Json.DataTransferResponse, cancellationToken);
}
