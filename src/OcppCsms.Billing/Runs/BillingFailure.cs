using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.Runs;

/// <summary>
/// A completed transaction whose billing failed, kept until it is billed: why, how often, and when it is tried next.
/// Operators see it on the transaction (<c>billing</c>); the billing run retries it when <see cref="NextAttemptAt"/> has come.
/// </summary>
internal sealed class BillingFailure
{
    public const int StatusMaxLength = 16;
    public const int ReasonMaxLength = 500;

    /// <summary>The transaction's internal id: one row per transaction.</summary>
    public long TransactionId { get; init; }

    /// <summary><see cref="BillingStatus.Failed"/> or <see cref="BillingStatus.NotBillable"/>.</summary>
    public BillingStatus Status { get; set; }

    public required string Reason { get; set; }

    public int Attempts { get; set; }

    public DateTime FirstFailedAt { get; init; }

    public DateTime LastAttemptAt { get; set; }

    public DateTime NextAttemptAt { get; set; }
}
