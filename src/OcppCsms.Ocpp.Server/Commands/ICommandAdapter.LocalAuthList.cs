using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> SendLocalListAsync(string stationId, LocalListUpdate update, CancellationToken cancellationToken);

    Task<CommandResult> GetLocalListVersionAsync(string stationId, CancellationToken cancellationToken);
}
