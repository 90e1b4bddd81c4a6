namespace OcppCsms.Transactions.Model;

/// <summary>
/// Stale transactions: active, and nothing (no meter values, no transaction event) received for
/// <c>Transactions:StaleAfterHours</c>. The same rule for the list filter (in SQL) and the flag on each transaction.
/// </summary>
internal static class StaleTransactions
{
    /// <param name="staleBefore">Now minus <c>Transactions:StaleAfterHours</c>.</param>
    public static IQueryable<ChargingTransaction> WhereStale(this IQueryable<ChargingTransaction> query, bool stale, DateTime staleBefore) =>
        stale
            ? query.Where(t => t.Status == TransactionStatus.Active && t.LastActivityAt < staleBefore)
            : query.Where(t => !(t.Status == TransactionStatus.Active && t.LastActivityAt < staleBefore));

    public static bool IsStale(ChargingTransaction transaction, DateTime staleBefore) =>
        transaction.Status == TransactionStatus.Active && transaction.LastActivityAt < staleBefore;
}
