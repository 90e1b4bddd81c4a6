using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> ExtendedTriggerMessageAsync(string stationId, ExtendedTriggeredMessage message, int? connectorId, CancellationToken cancellationToken) =>
        With(stationId, "ExtendedTriggerMessage", adapter => adapter.ExtendedTriggerMessageAsync(stationId, message, connectorId, cancellationToken), cancellationToken);

    public Task<CommandResult> GetLogAsync(string stationId, LogUpload request, CancellationToken cancellationToken) =>
        With(stationId, "GetLog", adapter => adapter.GetLogAsync(stationId, request, cancellationToken), cancellationToken);

    public Task<CommandResult> SignedUpdateFirmwareAsync(string stationId, SignedFirmwareUpdate request, CancellationToken cancellationToken) =>
        With(stationId, "SignedUpdateFirmware", adapter => adapter.SignedUpdateFirmwareAsync(stationId, request, cancellationToken), cancellationToken);
}
