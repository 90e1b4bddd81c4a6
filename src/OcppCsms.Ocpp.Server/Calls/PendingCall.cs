namespace OcppCsms.Ocpp.Server.Calls;

/// <summary>The one CALL a session has in flight, waiting for the answer with its message id.</summary>
/// <param name="asksFor">The station message the call asks for, if any (see <c>AskedForMessages</c>).</param>
internal sealed class PendingCall(string messageId, string action, string? asksFor)
{
    private readonly TaskCompletionSource<CallOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string MessageId { get; } = messageId;

    public string Action { get; } = action;

    public string? AsksFor { get; } = asksFor;

    public Task<CallOutcome> Outcome => _outcome.Task;

    public bool TryComplete(CallOutcome outcome) => _outcome.TrySetResult(outcome);
}
