using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> PublishFirmwareAsync(string stationId, FirmwarePublication publication, CancellationToken cancellationToken);

    Task<CommandResult> UnpublishFirmwareAsync(string stationId, string checksum, CancellationToken cancellationToken);
}
