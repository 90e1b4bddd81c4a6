using OcppCsms.Authorization.Contracts;

namespace OcppCsms.Transactions.Recording;

/// <summary>A transaction's stop as a station reported it, with the meter values it carried (1.6 transactionData).</summary>
/// <param name="Reason">The station's reason, its version's default already applied (1.6: Local).</param>
/// <param name="IdTag">The tag that stopped it, when the station names one.</param>
internal sealed record TransactionStop(
    string StationId, string StationTransactionId, decimal MeterStopWh, DateTime StoppedAt, string Reason, string? IdTag,
    IReadOnlyList<SampleReading> TransactionData);

/// <summary>What a stop did, and the verdict on its tag (null when it named none).</summary>
internal sealed record StopOutcome(long Id, StopResult Result, IdTagVerdict? Verdict);

internal enum StopResult
{
    /// <summary>The active transaction is now completed.</summary>
    Completed,

    /// <summary>The transaction had been stopped before (a retried stop): nothing changed.</summary>
    Repeated,

    /// <summary>No transaction of that id is known: the stop is kept as an orphan.</summary>
    Orphaned,
}
