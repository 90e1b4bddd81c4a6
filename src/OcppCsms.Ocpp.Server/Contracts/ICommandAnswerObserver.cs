using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// How a module keeps what a station's answer to a command means for its own data — the configuration keys a
/// GetConfiguration returned, the reservation a ReserveNow accepted, the local list version a SendLocalList set — without
/// the command gateway knowing about any module. Modules implement it in their <c>Ocpp/V16</c> and <c>Ocpp/V201</c>
/// folders and register it as a singleton <see cref="ICommandAnswerObserver"/>; several may watch one action.
/// </summary>
/// <remarks>
/// The gateway calls every observer of the action after the station answered with a CALLRESULT that matches the
/// response schema, and before the caller sees the result: a <c>GET</c> right after a command shows its effect. A failing
/// observer is logged and does not change the result (the station has acted either way).
/// </remarks>
public interface ICommandAnswerObserver
{
    OcppVersion Version { get; }

    string Action { get; }

    Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken);
}

/// <summary>A command the station accepted for processing: the request as sent and the answer as received (both schema-valid JSON).</summary>
public sealed record AnsweredCommand(string StationId, OcppVersion Version, string Action, ReadOnlyMemory<byte> Request, ReadOnlyMemory<byte> Response);
