using System.Text.Json;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// CSMS → station commands, whatever OCPP version the station speaks: the gateway picks the 1.6 or 2.0.1 adapter from
/// the session's negotiated protocol. Modules call this, never a socket, so that a later backplane can route a command
/// to the node holding the station's connection. Every command ends in a <see cref="CommandResult"/>, never an
/// exception for something the station did.
/// </summary>
public partial interface IStationCommands
{
    /// <summary>OCPP 1.6 Reset (Soft/Hard); OCPP 2.0.1 Reset B11/B12 (OnIdle/Immediate), optionally of one EVSE.</summary>
    Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 ClearCache; OCPP 2.0.1 ClearCache C11: the station empties its authorization cache.</summary>
    Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 TriggerMessage (connector); OCPP 2.0.1 TriggerMessage F06 (EVSE): the station sends that message now.</summary>
    Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorOrEvseId, CancellationToken cancellationToken);

    /// <summary>
    /// Sends any action the CSMS may send to a station of its version, with a JSON payload checked against the action's
    /// schema first; the answer is checked against the response's schema.
    /// </summary>
    Task<CommandResult> SendAsync(string stationId, string action, JsonElement payload, CancellationToken cancellationToken);
}

/// <summary>OCPP 1.6 Soft is a graceful restart (2.0.1 OnIdle: after transactions end); Hard at once (2.0.1 Immediate).</summary>
public enum ResetKind
{
    Soft,
    Hard,
}

/// <summary>The messages both versions let the CSMS trigger.</summary>
public enum TriggeredMessage
{
    BootNotification,
    Heartbeat,
    StatusNotification,
    MeterValues,
    FirmwareStatusNotification,
}
