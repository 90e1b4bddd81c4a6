using System.Runtime.ExceptionServices;
using OcppCsms.Authorization.Contracts;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// One transaction event handed to <see cref="TransactionEventWriter"/>, and what became of it once its batch is
/// committed: its outcome, or the error that kept it from being stored.
/// </summary>
/// <param name="Verdict">The verdict on the event's id token, answered and kept if the event is new.</param>
internal sealed class TransactionEventWrite(TransactionEventReport report, IdTagVerdict? verdict, DateTime receivedAt)
{
    private TransactionEventOutcome? _outcome;
    private ExceptionDispatchInfo? _failure;

    public TransactionEventReport Report => report;

    public IdTagVerdict? Verdict => verdict;

    public DateTime ReceivedAt => receivedAt;

    /// <summary>Throws what kept this event from being stored when its batch was committed without it.</summary>
    public TransactionEventOutcome Outcome
    {
        get
        {
            _failure?.Throw();
            return _outcome!;
        }
    }

    public void Complete(TransactionEventOutcome outcome) => _outcome = outcome;

    public void Fail(Exception exception) => _failure = ExceptionDispatchInfo.Capture(exception);
}
