using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>Security whitepaper §5.5: FirmwareStatusNotification makes the station send SignedFirmwareStatusNotification.</summary>
    public Task<CommandResult> ExtendedTriggerMessageAsync(string stationId, ExtendedTriggeredMessage message, int? connectorId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ExtendedTriggerMessage",
            new ExtendedTriggerMessageRequest { RequestedMessage = Enum.Parse<MessageTriggerEnumType>(message.ToString()), ConnectorId = connectorId },
            Json.ExtendedTriggerMessageRequest, Json.ExtendedTriggerMessageResponse, cancellationToken);

    /// <summary>Security whitepaper §5.9 (N01): LogStatusNotification.req repeats the requestId (N01.FR.07).</summary>
    public Task<CommandResult> GetLogAsync(string stationId, LogUpload request, CancellationToken cancellationToken)
    {
        var requestId = request.RequestId ?? requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetLog",
            new GetLogRequest
            {
                LogType = request.LogType == LogKind.SecurityLog ? LogEnumType.SecurityLog : LogEnumType.DiagnosticsLog,
                RequestId = requestId,
                Retries = request.Retries,
                RetryInterval = request.RetryInterval,
                Log = new LogParametersType { RemoteLocation = request.RemoteLocation, OldestTimestamp = request.OldestTimestamp, LatestTimestamp = request.LatestTimestamp },
            },
            Json.GetLogRequest, Json.GetLogResponse, cancellationToken, requestId);
    }

    /// <summary>Security whitepaper §5.21 (L01): SignedFirmwareStatusNotification.req repeats the requestId (L01.FR.10).</summary>
    public Task<CommandResult> SignedUpdateFirmwareAsync(string stationId, SignedFirmwareUpdate request, CancellationToken cancellationToken)
    {
        var requestId = request.RequestId ?? requestIds.Next();
        return caller.CallAsync(stationId, Version, "SignedUpdateFirmware",
            new SignedUpdateFirmwareRequest
            {
                RequestId = requestId,
                Retries = request.Retries,
                RetryInterval = request.RetryInterval,
                Firmware = new FirmwareType
                {
                    Location = request.Location,
                    RetrieveDateTime = request.RetrieveDateTime,
                    InstallDateTime = request.InstallDateTime,
                    SigningCertificate = request.SigningCertificate,
                    Signature = request.Signature,
                },
            },
            Json.SignedUpdateFirmwareRequest, Json.SignedUpdateFirmwareResponse, cancellationToken, requestId);
    }
}
