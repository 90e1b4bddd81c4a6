using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> PublishFirmwareAsync(string stationId, FirmwarePublication publication, CancellationToken cancellationToken) =>
        With(stationId, "PublishFirmware", adapter => adapter.PublishFirmwareAsync(stationId, publication, cancellationToken), cancellationToken);

    public Task<CommandResult> UnpublishFirmwareAsync(string stationId, string checksum, CancellationToken cancellationToken) =>
        With(stationId, "UnpublishFirmware", adapter => adapter.UnpublishFirmwareAsync(stationId, checksum, cancellationToken), cancellationToken);
}
