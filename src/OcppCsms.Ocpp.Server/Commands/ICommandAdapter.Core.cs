using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> RemoteStartAsync(string stationId, RemoteStart request, CancellationToken cancellationToken);

    Task<CommandResult> RemoteStopAsync(string stationId, string transactionId, CancellationToken cancellationToken);

    Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken);

    Task<CommandResult> UnlockConnectorAsync(string stationId, int connectorId, int? evseId, CancellationToken cancellationToken);

    Task<CommandResult> ChangeAvailabilityAsync(string stationId, int connectorId, int? evseId, AvailabilityKind availability, CancellationToken cancellationToken);

    Task<CommandResult> GetConfigurationAsync(string stationId, IReadOnlyList<string>? keys, CancellationToken cancellationToken);

    Task<CommandResult> ChangeConfigurationAsync(string stationId, string key, string value, CancellationToken cancellationToken);

    Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken);

    Task<CommandResult> DataTransferAsync(string stationId, CsmsDataTransfer request, CancellationToken cancellationToken);
}
