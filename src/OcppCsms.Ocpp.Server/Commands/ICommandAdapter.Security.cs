using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> ExtendedTriggerMessageAsync(string stationId, ExtendedTriggeredMessage message, int? connectorId, CancellationToken cancellationToken);

    Task<CommandResult> GetLogAsync(string stationId, LogUpload request, CancellationToken cancellationToken);

    Task<CommandResult> SignedUpdateFirmwareAsync(string stationId, SignedFirmwareUpdate request, CancellationToken cancellationToken);
}
