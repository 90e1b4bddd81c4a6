namespace OcppCsms.Transactions.Contracts;

/// <summary>Where the billing of a completed transaction stands.</summary>
/// <param name="Reason">Why the last attempt failed; null unless Failed or NotBillable.</param>
/// <param name="Attempts">How many attempts failed so far; null unless Failed or NotBillable.</param>
/// <param name="NextAttemptAt">When billing tries again (UTC); null unless Failed or NotBillable.</param>
public sealed record BillingState(BillingStatus Status, string? Reason = null, int? Attempts = null, DateTime? NextAttemptAt = null);

public enum BillingStatus
{
    /// <summary>A charge detail record exists.</summary>
    Billed,

    /// <summary>Completed and not billed yet: no attempt has failed (or billing is paused).</summary>
    Pending,

    /// <summary>An attempt failed for a passing reason (a database error); retried with backoff.</summary>
    Failed,

    /// <summary>No price could be made (no tariff applies, no energy register); retried with backoff until one can.</summary>
    NotBillable,
}
