using System.Collections.Frozen;
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

    /// <summary>
    /// OCPP 1.6 §4.2 and 2.0.1 B02.FR.05: a Pending station is not asked to start or stop a transaction (it must refuse).
    /// </summary>
    private static readonly FrozenSet<string> NotWhilePending = FrozenSet.Create(StringComparer.Ordinal,
        "RemoteStartTransaction", "RemoteStopTransaction", "RequestStartTransaction", "RequestStopTransaction");

    public async Task<CommandResult> SendAsync(string stationId, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(stationId, cancellationToken) is not { } session)
        {
            return CommandCaller.Offline(action);
        }

        if (!OcppMessageCatalog.For(session.Version).TryGetCsmsAction(action, out var message))
        {
            return await CommandCaller.Refuse(action, OcppErrorCode.NotImplemented,
                $"{action} is not an action the CSMS sends to an OCPP {OcppSubProtocol.Of(session.Version)} station.");
        }

        return await RefusalAsync(session, action, cancellationToken)
            ?? await caller.CallAsync(stationId, session.Version, action, JsonSerializer.SerializeToUtf8Bytes(payload), message.Request, message.Response, cancellationToken);
    }

    /// <param name="action">The OCPP 1.6 action, named in the answer when the station is not connected (no version to say otherwise).</param>
    private async Task<CommandResult> With(string stationId, string action, Func<ICommandAdapter, Task<CommandResult>> command, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(stationId, cancellationToken) is not { } session)
        {
            return CommandCaller.Offline(action);
        }

        return await RefusalAsync(session, action, cancellationToken) ?? await command(_adapters[session.Version]);
    }

    /// <summary>
    /// What the station's registration forbids: nothing at all to a Rejected station (OCPP 1.6 §4.2 "SHOULD NOT initiate
    /// any", 2.0.1 B03.FR.03 — it would answer SecurityError), no transaction start or stop to a Pending one.
    /// </summary>
    private static async Task<CommandResult?> RefusalAsync(StationSession session, string action, CancellationToken cancellationToken)
    {
        var registration = await session.Registration.CurrentAsync(cancellationToken);
        return registration == StationRegistration.Rejected || (registration == StationRegistration.Pending && NotWhilePending.Contains(action))
            ? new CommandResult(CommandOutcome.NotAccepted, action,
                ErrorDescription: $"The station's registration is {registration}: the CSMS does not send it {action} until an operator accepts it and it boots again.")
            : null;
    }
}
