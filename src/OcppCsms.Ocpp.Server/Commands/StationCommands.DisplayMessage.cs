using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> SetDisplayMessageAsync(string stationId, DisplayMessage message, CancellationToken cancellationToken) =>
        With(stationId, "SetDisplayMessage", adapter => adapter.SetDisplayMessageAsync(stationId, message, cancellationToken), cancellationToken);

    public Task<CommandResult> GetDisplayMessagesAsync(string stationId, DisplayMessageQuery query, CancellationToken cancellationToken) =>
        With(stationId, "GetDisplayMessages", adapter => adapter.GetDisplayMessagesAsync(stationId, query, cancellationToken), cancellationToken);

    public Task<CommandResult> ClearDisplayMessageAsync(string stationId, int messageId, CancellationToken cancellationToken) =>
        With(stationId, "ClearDisplayMessage", adapter => adapter.ClearDisplayMessageAsync(stationId, messageId, cancellationToken), cancellationToken);
}
