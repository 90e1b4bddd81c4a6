using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>One OCPP version's way of carrying out the version-neutral commands of <see cref="IStationCommands"/>.</summary>
internal partial interface ICommandAdapter
{
    OcppVersion Version { get; }

    Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken);

    Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken);

    Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorOrEvseId, CancellationToken cancellationToken);
}
