namespace OcppCsms.Billing.Runs;

/// <summary>
/// How far the billing scan has read the completed transactions, in their (completion time, id) order, so a scan reads
/// what completed since rather than every transaction. One row per scan (<see cref="Name"/>).
/// </summary>
internal sealed class BillingCursor
{
    public const int NameMaxLength = 32;

    /// <summary>The scan of completed transactions.</summary>
    public const string CompletedTransactions = "completed-transactions";

    public required string Name { get; init; }

    public DateTime CompletedAt { get; set; }

    public long TransactionId { get; set; }
}
