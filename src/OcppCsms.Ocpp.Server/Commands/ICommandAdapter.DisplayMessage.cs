using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> SetDisplayMessageAsync(string stationId, DisplayMessage message, CancellationToken cancellationToken);

    Task<CommandResult> GetDisplayMessagesAsync(string stationId, DisplayMessageQuery query, CancellationToken cancellationToken);

    Task<CommandResult> ClearDisplayMessageAsync(string stationId, int messageId, CancellationToken cancellationToken);
}
