namespace OcppCsms.Billing.Runs;

/// <summary>What one billing attempt of a transaction did.</summary>
internal enum BillResult
{
    /// <summary>A charge detail record was written now.</summary>
    Billed,

    /// <summary>It had been billed before (or by a racing attempt): nothing was written.</summary>
    AlreadyBilled,

    /// <summary>It is not (or no longer) a completed transaction: active, orphaned or unknown.</summary>
    NotCompleted,

    /// <summary>It cannot be priced (no tariff applies, no energy register): recorded, retried with backoff.</summary>
    NotBillable,

    /// <summary>No tariff exists at all: nothing was read or written; the scan bills it from its cursor once one does.</summary>
    NoTariffs,

    /// <summary>The attempt failed (a database error): recorded, retried with backoff.</summary>
    Failed,
}
