using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol.Validation;
using OcppCsms.Ocpp.Server.Calls;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// Sends one command: the payload is held to the request's schema before it leaves (nothing the CSMS sends breaks the
/// specification, whoever asked for it), the answer to the response's schema when it comes back, and subscribers hear
/// CommandSent and CommandCompleted.
/// </summary>
internal sealed class CommandCaller(StationCalls calls, IEventPublisher events)
{
    public Task<CommandResult> CallAsync<TRequest>(
        string stationId, string action, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo response, CancellationToken cancellationToken) =>
        CallAsync(stationId, action, JsonSerializer.SerializeToUtf8Bytes(request, requestInfo), requestInfo, response, cancellationToken);

    public async Task<CommandResult> CallAsync(
        string stationId, string action, byte[] payload, JsonTypeInfo request, JsonTypeInfo response, CancellationToken cancellationToken)
    {
        if (OcppPayload.Validate(payload, request) is { } invalid)
        {
            return new CommandResult(CommandOutcome.Invalid, action, ErrorCode: invalid.Code.ToString(), ErrorDescription: invalid.Describe(action));
        }

        events.Publish(CsmsEventTypes.CommandSent, stationId, new Dictionary<string, object?> { ["action"] = action });
        var result = await calls.CallAsync(stationId, action, payload, cancellationToken) switch
        {
            CallOutcome.Answered answer when OcppPayload.Validate(answer.Payload, response) is { } wrong => new CommandResult(
                CommandOutcome.InvalidAnswer, action, Payload: Parse(answer.Payload), ErrorCode: wrong.Code.ToString(), ErrorDescription: wrong.Describe(action)),
            CallOutcome.Answered answer => Answered(action, Parse(answer.Payload)),
            CallOutcome.Failed failure => new CommandResult(CommandOutcome.CallError, action, ErrorCode: failure.ErrorCode, ErrorDescription: failure.ErrorDescription),
            CallOutcome.TimedOut => new CommandResult(CommandOutcome.TimedOut, action, ErrorDescription: $"The station did not answer {action} in time."),
            _ => Offline(action),
        };
        events.Publish(CsmsEventTypes.CommandCompleted, stationId, new Dictionary<string, object?>
        {
            ["action"] = action,
            ["outcome"] = result.Outcome.ToString(),
            ["status"] = result.Status,
        });
        return result;
    }

    public static CommandResult Offline(string action) =>
        new(CommandOutcome.Offline, action, ErrorDescription: "The station is not connected.");

    private static JsonElement Parse(byte[] payload) => JsonDocument.Parse(payload).RootElement.Clone();

    /// <summary>Most answers are a status word (Accepted, Rejected, ...) with details beside it.</summary>
    private static CommandResult Answered(string action, JsonElement payload) => new(
        CommandOutcome.Answered, action,
        payload.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null,
        payload);
}
