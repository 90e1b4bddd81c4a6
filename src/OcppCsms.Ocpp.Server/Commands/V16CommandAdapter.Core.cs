using System.Globalization;
using System.Text.Json;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using V16 = OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>
    /// OCPP 1.6 §5.11: without a connector the Charge Point chooses one (or may reject); a charging profile travels in
    /// 1.6 terms, or the command is refused naming the field 1.6 cannot carry.
    /// </summary>
    public Task<CommandResult> RemoteStartAsync(string stationId, RemoteStart request, CancellationToken cancellationToken)
    {
        V16.ChargingProfile? profile = null;
        if (request.ChargingProfile is { } neutral && !neutral.TryToV16(out profile, out var error))
        {
            return StationCommands.NotCarried("RemoteStartTransaction", "1.6", error);
        }

        return caller.CallAsync(stationId, Version, "RemoteStartTransaction",
            new RemoteStartTransactionRequest { ConnectorId = request.ConnectorId, IdTag = request.IdTag, ChargingProfile = profile },
            Json.RemoteStartTransactionRequest, Json.RemoteStartTransactionResponse, cancellationToken);
    }

    /// <summary>OCPP 1.6 §6.35: the transaction id the CSMS gave in StartTransaction.conf, an integer.</summary>
    public Task<CommandResult> RemoteStopAsync(string stationId, string transactionId, CancellationToken cancellationToken) =>
        int.TryParse(transactionId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? caller.CallAsync(stationId, Version, "RemoteStopTransaction", new RemoteStopTransactionRequest { TransactionId = id },
                Json.RemoteStopTransactionRequest, Json.RemoteStopTransactionResponse, cancellationToken)
            : CommandCaller.Refuse("RemoteStopTransaction", OcppErrorCode.TypeConstraintViolation,
                "OCPP 1.6 transaction ids are integers (§6.35): 'transactionId' is not one.");

    /// <summary>OCPP 1.6 §5.14: a reset always concerns the whole Charge Point.</summary>
    public Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken) =>
        evseId is not null
            ? CommandCaller.Refuse("Reset", OcppErrorCode.PropertyConstraintViolation, "OCPP 1.6 resets the whole station; an EVSE can be reset only in OCPP 2.0.1.")
            : caller.CallAsync(stationId, Version, "Reset", new ResetRequest { Type = kind == ResetKind.Hard ? ResetType.Hard : ResetType.Soft },
                Json.ResetRequest, Json.ResetResponse, cancellationToken);

    /// <summary>OCPP 1.6 §5.18: a transaction on the connector is stopped first.</summary>
    public Task<CommandResult> UnlockConnectorAsync(string stationId, int connectorId, int? evseId, CancellationToken cancellationToken) =>
        evseId is not null
            ? NoEvses("UnlockConnector")
            : caller.CallAsync(stationId, Version, "UnlockConnector", new UnlockConnectorRequest { ConnectorId = connectorId },
                Json.UnlockConnectorRequest, Json.UnlockConnectorResponse, cancellationToken);

    /// <summary>OCPP 1.6 §5.2: connector 0 is the Charge Point and all its connectors; Scheduled while a transaction runs.</summary>
    public Task<CommandResult> ChangeAvailabilityAsync(string stationId, int connectorId, int? evseId, AvailabilityKind availability, CancellationToken cancellationToken) =>
        evseId is not null
            ? NoEvses("ChangeAvailability")
            : caller.CallAsync(stationId, Version, "ChangeAvailability",
                new ChangeAvailabilityRequest
                {
                    ConnectorId = connectorId,
                    Type = availability == AvailabilityKind.Operative ? AvailabilityType.Operative : AvailabilityType.Inoperative,
                },
                Json.ChangeAvailabilityRequest, Json.ChangeAvailabilityResponse, cancellationToken);

    /// <summary>OCPP 1.6 §5.8: no keys asks for all of them; unknown keys come back in unknownKey.</summary>
    public Task<CommandResult> GetConfigurationAsync(string stationId, IReadOnlyList<string>? keys, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetConfiguration", new GetConfigurationRequest { Key = keys },
            Json.GetConfigurationRequest, Json.GetConfigurationResponse, cancellationToken);

    public Task<CommandResult> ChangeConfigurationAsync(string stationId, string key, string value, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ChangeConfiguration", new ChangeConfigurationRequest { Key = key, Value = value },
            Json.ChangeConfigurationRequest, Json.ChangeConfigurationResponse, cancellationToken);

    public Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ClearCache", new ClearCacheRequest(), Json.ClearCacheRequest, Json.ClearCacheResponse, cancellationToken);

    /// <summary>OCPP 1.6 §6.15: data is a string, so structured data goes as JSON text in it.</summary>
    public Task<CommandResult> DataTransferAsync(string stationId, CsmsDataTransfer request, CancellationToken cancellationToken) =>
        request.Data is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) }
            ? CommandCaller.Refuse("DataTransfer", OcppErrorCode.TypeConstraintViolation,
                "OCPP 1.6 DataTransfer carries text (§6.15): send 'data' as a JSON string.")
            : caller.CallAsync(stationId, Version, "DataTransfer",
                new DataTransferRequest { VendorId = request.VendorId, MessageId = request.MessageId, Data = request.Data?.GetString() },
                Json.DataTransferRequest, Json.DataTransferResponse, cancellationToken);
}
