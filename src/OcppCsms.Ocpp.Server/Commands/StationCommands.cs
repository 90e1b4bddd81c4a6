using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Sessions;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The command gateway: finds the station's session and hands the command to its version's adapter.</summary>
internal sealed partial class StationCommands(StationSessionRegistry registry, CommandCaller caller, IEnumerable<ICommandAdapter> adapters) : IStationCommands
{
    private readonly Dictionary<OcppVersion, ICommandAdapter> _adapters = adapters.ToDictionary(a => a.Version);

    public Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken) =>
        With(stationId, "Reset", adapter => adapter.ResetAsync(stationId, kind, evseId, cancellationToken));

    public Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken) =>
        With(stationId, "ClearCache", adapter => adapter.ClearCacheAsync(stationId, cancellationToken));

    public Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorOrEvseId, CancellationToken cancellationToken) =>
        With(stationId, "TriggerMessage", adapter => adapter.TriggerMessageAsync(stationId, message, connectorOrEvseId, cancellationToken));

    public Task<CommandResult> SendAsync(string stationId, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        if (!registry.TryGet(stationId, out var session))
        {
            return Task.FromResult(CommandCaller.Offline(action));
        }

        if (!OcppMessageCatalog.For(session.Version).TryGetCsmsAction(action, out var message))
        {
            return Task.FromResult(new CommandResult(CommandOutcome.Invalid, action, ErrorCode: nameof(OcppErrorCode.NotImplemented),
                ErrorDescription: $"{action} is not an action the CSMS sends to an OCPP {OcppSubProtocol.Of(session.Version)} station."));
        }

        return caller.CallAsync(stationId, session.Version, action, JsonSerializer.SerializeToUtf8Bytes(payload), message.Request, message.Response, cancellationToken);
    }

    private Task<CommandResult> With(string stationId, string action, Func<ICommandAdapter, Task<CommandResult>> command) =>
        registry.TryGet(stationId, out var session) ? command(_adapters[session.Version]) : Task.FromResult(CommandCaller.Offline(action));
}
