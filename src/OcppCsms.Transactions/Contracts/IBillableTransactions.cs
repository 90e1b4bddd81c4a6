namespace OcppCsms.Transactions.Contracts;

/// <summary>
/// What the billing module reads of transactions. This module owns them and must not depend on billing, so the
/// interface lives here and is implemented here; billing only reads. Orphaned transactions (a stop or events without a
/// start) are never billable and never returned.
/// </summary>
public interface IBillableTransactions
{
    /// <returns>The transaction when it is completed; null when it is unknown, active or orphaned.</returns>
    Task<BillableTransaction?> FindCompletedAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Completed transactions strictly after <paramref name="after"/> in (completion time, id) order, at most
    /// <paramref name="limit"/> of them; from the first when <paramref name="after"/> is null.
    /// </summary>
    Task<IReadOnlyList<BillableTransaction>> ListCompletedAsync(CompletionCursor? after, int limit, CancellationToken cancellationToken);

    /// <returns>The transaction when it is active; null when it is unknown, completed or orphaned.</returns>
    Task<BillableTransaction?> FindActiveAsync(long id, CancellationToken cancellationToken);

    /// <summary>The active transactions (at most one per connector), for running costs pushed to stations.</summary>
    Task<IReadOnlyList<BillableTransaction>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The transaction's energy register readings (Energy.Active.Import.Register without a phase, plain numbers in Wh or
    /// kWh), in Wh, in the station's time order; empty when it sent none.
    /// </summary>
    Task<IReadOnlyList<EnergyRegisterReading>> EnergyReadingsAsync(long id, CancellationToken cancellationToken);
}
