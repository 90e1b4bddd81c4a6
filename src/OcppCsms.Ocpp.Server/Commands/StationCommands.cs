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

    /// <param name="action">The OCPP 1.6 action, named in the answer when the station is not connected (no version to say otherwise).</param>
    private Task<CommandResult> With(string stationId, string action, Func<ICommandAdapter, Task<CommandResult>> command) =>
        registry.TryGet(stationId, out var session) ? command(_adapters[session.Version]) : Task.FromResult(CommandCaller.Offline(action));
}
