namespace OcppCsms.Billing.Runs;

/// <summary>The <c>Billing</c> section: when completed transactions are billed, how failures are retried, cost pushes.</summary>
internal sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>
    /// Whether completed transactions are billed. False pauses billing (no CDRs are written; transactions wait as
    /// Pending) — an operator switch, e.g. while tariffs are prepared; set back to true, the next scan bills them all.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the billing run looks for completed transactions not billed yet, and for failures due again.</summary>
    public int ScanIntervalSeconds { get; set; } = 60;

    /// <summary>The delay before the first retry of a failed billing; each later retry waits twice as long as the one before.</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The longest delay between two retries.</summary>
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>
    /// How often an active OCPP 2.0.1 transaction's running cost is sent to its station with CostUpdated (OCPP 2.0.1 I02);
    /// 0 turns it off.
    /// </summary>
    public int CostUpdatedIntervalSeconds { get; set; }
}
