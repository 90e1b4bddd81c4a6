using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>OCPP 1.6 §5.9: the answer names the file to be uploaded, or none when there is nothing to upload.</summary>
    public Task<CommandResult> GetDiagnosticsAsync(string stationId, DiagnosticsUpload request, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetDiagnostics",
            new GetDiagnosticsRequest
            {
                Location = request.Location,
                Retries = request.Retries,
                RetryInterval = request.RetryInterval,
                StartTime = request.StartTime,
                StopTime = request.StopTime,
            },
            Json.GetDiagnosticsRequest, Json.GetDiagnosticsResponse, cancellationToken);

    /// <summary>OCPP 1.6 §5.19: the answer is empty; progress comes in FirmwareStatusNotification.</summary>
    public Task<CommandResult> UpdateFirmwareAsync(string stationId, FirmwareUpdate request, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "UpdateFirmware",
            new UpdateFirmwareRequest { Location = request.Location, RetrieveDate = request.RetrieveDate, Retries = request.Retries, RetryInterval = request.RetryInterval },
            Json.UpdateFirmwareRequest, Json.UpdateFirmwareResponse, cancellationToken);
}
