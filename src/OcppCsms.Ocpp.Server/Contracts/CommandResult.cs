using System.Text.Json;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>How a command ended.</summary>
public enum CommandOutcome
{
    /// <summary>The station answered with a CALLRESULT; <see cref="CommandResult.Status"/> is its status word, when it has one.</summary>
    Answered,

    /// <summary>The station answered with a CALLERROR (<see cref="CommandResult.ErrorCode"/>, <see cref="CommandResult.ErrorDescription"/>).</summary>
    CallError,

    /// <summary>No answer within <c>Ocpp:CallTimeoutSeconds</c>.</summary>
    TimedOut,

    /// <summary>The station is not connected (or its connection ended before it answered).</summary>
    Offline,

    /// <summary>
    /// Not sent: the station's registration forbids it (Rejected: nothing; Pending: no transaction start or stop —
    /// OCPP 1.6 §4.2, 2.0.1 B02.FR.05, B03.FR.03).
    /// </summary>
    NotAccepted,

    /// <summary>The command was not sent: the action or payload is not valid for the station's version.</summary>
    Invalid,

    /// <summary>The station answered with a CALLRESULT that does not match the response schema.</summary>
    InvalidAnswer,
}

/// <param name="Status">The answer's <c>status</c> (Accepted, Rejected, Scheduled, ...), as the station sent it.</param>
/// <param name="Payload">The answer's payload as received.</param>
/// <param name="ErrorCode">A CALLERROR's code, or for Invalid/InvalidAnswer the schema violation's code.</param>
/// <param name="ErrorDescription">What went wrong, for operators.</param>
/// <param name="RequestId">
/// The id the CSMS gave the request, which the station repeats in the messages that follow it (2.0.1 remoteStartId,
/// GetLog and UpdateFirmware requestId); null for commands without one.
/// </param>
public sealed record CommandResult(
    CommandOutcome Outcome, string Action, string? Status = null, JsonElement? Payload = null, string? ErrorCode = null, string? ErrorDescription = null,
    int? RequestId = null);
