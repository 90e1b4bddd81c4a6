using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>OCPP 1.6 has no display messages (2.0.1 block O): nothing is sent.</summary>
internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> SetDisplayMessageAsync(string stationId, DisplayMessage message, CancellationToken cancellationToken) =>
        Only201("SetDisplayMessage");

    public Task<CommandResult> GetDisplayMessagesAsync(string stationId, DisplayMessageQuery query, CancellationToken cancellationToken) =>
        Only201("GetDisplayMessages");

    public Task<CommandResult> ClearDisplayMessageAsync(string stationId, int messageId, CancellationToken cancellationToken) =>
        Only201("ClearDisplayMessage");
}
