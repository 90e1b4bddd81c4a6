using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> SendLocalListAsync(string stationId, LocalListUpdate update, CancellationToken cancellationToken) =>
        With(stationId, "SendLocalList", adapter => adapter.SendLocalListAsync(stationId, update, cancellationToken), cancellationToken);

    public Task<CommandResult> GetLocalListVersionAsync(string stationId, CancellationToken cancellationToken) =>
        With(stationId, "GetLocalListVersion", adapter => adapter.GetLocalListVersionAsync(stationId, cancellationToken), cancellationToken);
}
