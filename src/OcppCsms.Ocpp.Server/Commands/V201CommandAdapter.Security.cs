using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>ExtendedTriggerMessage is 2.0.1's TriggerMessage renamed (whitepaper §5.5); only the certificate trigger has another name.</summary>
    public Task<CommandResult> ExtendedTriggerMessageAsync(string stationId, ExtendedTriggeredMessage message, int? connectorId, CancellationToken cancellationToken) =>
        TriggerAsync(stationId,
            message == ExtendedTriggeredMessage.SignChargePointCertificate
                ? MessageTriggerEnumType.SignChargingStationCertificate
                : Enum.Parse<MessageTriggerEnumType>(message.ToString()),
            connectorId, cancellationToken);

    public Task<CommandResult> GetLogAsync(string stationId, LogUpload request, CancellationToken cancellationToken) =>
        GetLogAsync(stationId, request.LogType == LogKind.SecurityLog ? LogEnumType.SecurityLog : LogEnumType.DiagnosticsLog,
            new LogParametersType { RemoteLocation = request.RemoteLocation, OldestTimestamp = request.OldestTimestamp, LatestTimestamp = request.LatestTimestamp },
            request.RequestId, request.Retries, request.RetryInterval, cancellationToken);

    /// <summary>SignedUpdateFirmware is 2.0.1's UpdateFirmware renamed (whitepaper §5.21): L01 with signature and signing certificate.</summary>
    public Task<CommandResult> SignedUpdateFirmwareAsync(string stationId, SignedFirmwareUpdate request, CancellationToken cancellationToken) =>
        UpdateFirmwareAsync(stationId,
            new FirmwareType
            {
                Location = request.Location,
                RetrieveDateTime = request.RetrieveDateTime,
                InstallDateTime = request.InstallDateTime,
                SigningCertificate = request.SigningCertificate,
                Signature = request.Signature,
            },
            request.RequestId, request.Retries, request.RetryInterval, cancellationToken);
}
