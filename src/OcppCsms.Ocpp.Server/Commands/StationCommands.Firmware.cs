using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> GetDiagnosticsAsync(string stationId, DiagnosticsUpload request, CancellationToken cancellationToken) =>
        With(stationId, "GetDiagnostics", adapter => adapter.GetDiagnosticsAsync(stationId, request, cancellationToken), cancellationToken);

    public Task<CommandResult> UpdateFirmwareAsync(string stationId, FirmwareUpdate request, CancellationToken cancellationToken) =>
        With(stationId, "UpdateFirmware", adapter => adapter.UpdateFirmwareAsync(stationId, request, cancellationToken), cancellationToken);
}
