using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>2.0.1 has no GetDiagnostics: its twin is GetLog of the DiagnosticsLog (N01.FR.04), over the same time window.</summary>
    public Task<CommandResult> GetDiagnosticsAsync(string stationId, DiagnosticsUpload request, CancellationToken cancellationToken) =>
        GetLogAsync(stationId, LogEnumType.DiagnosticsLog,
            new LogParametersType { RemoteLocation = request.Location, OldestTimestamp = request.StartTime, LatestTimestamp = request.StopTime },
            requestId: null, request.Retries, request.RetryInterval, cancellationToken);

    /// <summary>L02: UpdateFirmware without signature or signing certificate.</summary>
    public Task<CommandResult> UpdateFirmwareAsync(string stationId, FirmwareUpdate request, CancellationToken cancellationToken) =>
        UpdateFirmwareAsync(stationId, new FirmwareType { Location = request.Location, RetrieveDateTime = request.RetrieveDate },
            requestId: null, request.Retries, request.RetryInterval, cancellationToken);
}
