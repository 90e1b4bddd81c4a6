namespace OcppCsms.Ocpp.Server.Calls;

/// <summary>The one CALL a session has in flight, waiting for the answer with its message id.</summary>
internal sealed class PendingCall(string messageId, string action)
{
    private readonly TaskCompletionSource<CallOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string MessageId { get; } = messageId;

    public string Action { get; } = action;

    public Task<CallOutcome> Outcome => _outcome.Task;

    public bool TryComplete(CallOutcome outcome) => _outcome.TrySetResult(outcome);
}
