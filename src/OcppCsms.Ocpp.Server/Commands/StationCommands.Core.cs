using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> RemoteStartAsync(string stationId, RemoteStart request, CancellationToken cancellationToken) =>
        With(stationId, "RemoteStartTransaction", adapter => adapter.RemoteStartAsync(stationId, request, cancellationToken), cancellationToken);

    public Task<CommandResult> RemoteStopAsync(string stationId, string transactionId, CancellationToken cancellationToken) =>
        With(stationId, "RemoteStopTransaction", adapter => adapter.RemoteStopAsync(stationId, transactionId, cancellationToken), cancellationToken);

    public Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken) =>
        With(stationId, "Reset", adapter => adapter.ResetAsync(stationId, kind, evseId, cancellationToken), cancellationToken);

    public Task<CommandResult> UnlockConnectorAsync(string stationId, int connectorId, int? evseId, CancellationToken cancellationToken) =>
        With(stationId, "UnlockConnector", adapter => adapter.UnlockConnectorAsync(stationId, connectorId, evseId, cancellationToken), cancellationToken);

    public Task<CommandResult> ChangeAvailabilityAsync(string stationId, int connectorId, int? evseId, AvailabilityKind availability, CancellationToken cancellationToken) =>
        With(stationId, "ChangeAvailability", adapter => adapter.ChangeAvailabilityAsync(stationId, connectorId, evseId, availability, cancellationToken), cancellationToken);

    public Task<CommandResult> GetConfigurationAsync(string stationId, IReadOnlyList<string>? keys, CancellationToken cancellationToken) =>
        With(stationId, "GetConfiguration", adapter => adapter.GetConfigurationAsync(stationId, keys, cancellationToken), cancellationToken);

    public Task<CommandResult> ChangeConfigurationAsync(string stationId, string key, string value, CancellationToken cancellationToken) =>
        With(stationId, "ChangeConfiguration", adapter => adapter.ChangeConfigurationAsync(stationId, key, value, cancellationToken), cancellationToken);

    public Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken) =>
        With(stationId, "ClearCache", adapter => adapter.ClearCacheAsync(stationId, cancellationToken), cancellationToken);

    public Task<CommandResult> DataTransferAsync(string stationId, CsmsDataTransfer request, CancellationToken cancellationToken) =>
        With(stationId, "DataTransfer", adapter => adapter.DataTransferAsync(stationId, request, cancellationToken), cancellationToken);
}
