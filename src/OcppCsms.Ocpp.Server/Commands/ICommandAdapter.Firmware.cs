using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> GetDiagnosticsAsync(string stationId, DiagnosticsUpload request, CancellationToken cancellationToken);

    Task<CommandResult> UpdateFirmwareAsync(string stationId, FirmwareUpdate request, CancellationToken cancellationToken);
}
