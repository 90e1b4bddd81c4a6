using System.Text.Json;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// CSMS → station commands, whatever OCPP version the station speaks: the gateway picks the 1.6 or 2.0.1 adapter from
/// the session's negotiated protocol. Modules call this, never a socket, so that a later backplane can route a command
/// to the node holding the station's connection. Every command ends in a <see cref="CommandResult"/>, never an
/// exception for something the station did.
/// </summary>
/// <remarks>
/// The typed commands are grouped in partial files by OCPP 1.6 feature profile (Core, Firmware, RemoteTrigger,
/// Security, ...). Where a command addresses a 1.6 connector, a 2.0.1 station reads the same number as its EVSE: a 1.6
/// Connector and a 2.0.1 EVSE are both the independently operated and managed part that charges one EV at a time
/// (OCPP 1.6 §2.2 "Connector"; OCPP 2.0.1 part 1 §2, the 3-tier model). A command that cannot be expressed in the station's version ends
/// <see cref="CommandOutcome.Invalid"/> without being sent, with a description that names what to use instead.
/// </remarks>
public partial interface IStationCommands
{
    /// <summary>
    /// Sends any action the CSMS may send to a station of its version, with a JSON payload checked against the action's
    /// schema first; the answer is checked against the response's schema.
    /// </summary>
    Task<CommandResult> SendAsync(string stationId, string action, JsonElement payload, CancellationToken cancellationToken);
}
