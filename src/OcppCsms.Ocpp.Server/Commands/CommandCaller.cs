using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Validation;
using OcppCsms.Ocpp.Server.Calls;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Metrics;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// Sends one command: the payload is held to the request's schema before it leaves (nothing the CSMS sends breaks the
/// specification, whoever asked for it), the answer to the response's schema when it comes back, and subscribers hear
/// CommandSent and CommandCompleted. A valid answer is shown to the modules that keep what it means
/// (<see cref="ICommandAnswerObserver"/>) before the caller sees it.
/// </summary>
internal sealed partial class CommandCaller(
    StationCalls calls, IEventPublisher events, IEnumerable<ICommandAnswerObserver> observers, OcppMetrics metrics, ILogger<CommandCaller> logger)
{
    private readonly ILookup<(OcppVersion, string), ICommandAnswerObserver> _observers = observers.ToLookup(o => (o.Version, o.Action));

    /// <param name="requestId">The id the CSMS gave this request (2.0.1 remoteStartId, a GetLog requestId, ...), carried into the result.</param>
    public Task<CommandResult> CallAsync<TRequest>(
        string stationId, OcppVersion version, string action, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo response, CancellationToken cancellationToken,
        int? requestId = null) =>
        CallAsync(stationId, version, action, JsonSerializer.SerializeToUtf8Bytes(request, requestInfo), requestInfo, response, cancellationToken, requestId);

    public Task<CommandResult> CallAsync(
        string stationId, OcppVersion version, string action, byte[] payload, JsonTypeInfo request, JsonTypeInfo response, CancellationToken cancellationToken,
        int? requestId = null)
    {
        if (OcppPayload.Validate(payload, request) is { } invalid)
        {
            return Task.FromResult(new CommandResult(CommandOutcome.Invalid, action, ErrorCode: invalid.Code.ToString(), ErrorDescription: invalid.Describe(action)));
        }

        // Once sent, a command runs to its end whether or not the caller still waits (an operator's request may be cut
        // off): the station acts on it either way, so its answer must still reach the observers. The exchange is bounded
        // by Ocpp:CallTimeoutSeconds and by the session; only the caller's wait follows its token.
        return ExchangeAsync(stationId, version, action, payload, response, requestId).WaitAsync(cancellationToken);
    }

    private async Task<CommandResult> ExchangeAsync(string stationId, OcppVersion version, string action, byte[] payload, JsonTypeInfo response, int? requestId)
    {
        events.Publish(CsmsEventTypes.CommandSent, stationId, new Dictionary<string, object?> { ["action"] = action });
        var started = Stopwatch.GetTimestamp();
        var outcome = await calls.CallAsync(stationId, action, payload, CancellationToken.None);
        var result = (outcome switch
        {
            CallOutcome.Answered answer when OcppPayload.Validate(answer.Payload, response) is { } wrong => new CommandResult(
                CommandOutcome.InvalidAnswer, action, Payload: Parse(answer.Payload), ErrorCode: wrong.Code.ToString(), ErrorDescription: wrong.Describe(action)),
            CallOutcome.Answered answer => Answered(action, Parse(answer.Payload)),
            CallOutcome.Failed failure => new CommandResult(CommandOutcome.CallError, action, ErrorCode: failure.ErrorCode, ErrorDescription: failure.ErrorDescription),
            CallOutcome.TimedOut => new CommandResult(CommandOutcome.TimedOut, action, ErrorDescription: $"The station did not answer {action} in time."),
            _ => Offline(action),
        }) with { RequestId = requestId };
        metrics.CommandCompleted(version, action, result.Outcome, started);
        if (result.Outcome == CommandOutcome.Answered && outcome is CallOutcome.Answered answered)
        {
            await ObserveAsync(new AnsweredCommand(stationId, version, action, payload, answered.Payload));
        }

        events.Publish(CsmsEventTypes.CommandCompleted, stationId, new Dictionary<string, object?>
        {
            ["action"] = action,
            ["outcome"] = result.Outcome.ToString(),
            ["status"] = result.Status,
        });
        return result;
    }

    /// <summary>Each observer keeps its part (one small write); none is cancelled half-way, for the same reason as above.</summary>
    private async Task ObserveAsync(AnsweredCommand command)
    {
        foreach (var observer in _observers[(command.Version, command.Action)])
        {
            try
            {
                await observer.ObserveAsync(command, CancellationToken.None);
            }
            catch (Exception exception)
            {
                ObserverFailed(logger, exception, command.Action, command.StationId, observer.GetType().Name);
            }
        }
    }

    public static CommandResult Offline(string action) =>
        new(CommandOutcome.Offline, action, ErrorDescription: "The station is not connected.");

    /// <summary>A command the station's version cannot carry: not sent, and the description says what to do instead.</summary>
    public static Task<CommandResult> Refuse(string action, OcppErrorCode code, string description) =>
        Task.FromResult(new CommandResult(CommandOutcome.Invalid, action, ErrorCode: code.ToString(), ErrorDescription: description));

    private static JsonElement Parse(byte[] payload) => JsonDocument.Parse(payload).RootElement.Clone();

    /// <summary>Most answers are a status word (Accepted, Rejected, ...) with details beside it.</summary>
    private static CommandResult Answered(string action, JsonElement payload) => new(
        CommandOutcome.Answered, action,
        payload.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null,
        payload);

    [LoggerMessage(Level = LogLevel.Error, Message = "Keeping the answer to {Action} from station {StationId} failed in {Observer}; the station has acted on it")]
    private static partial void ObserverFailed(ILogger logger, Exception exception, string action, string stationId, string observer);
}
