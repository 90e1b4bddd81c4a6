using Microsoft.EntityFrameworkCore;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Keeps a transaction's latest energy register reading. Meter values may arrive out of order (offline replay, OCPP 1.6
/// §4.7; a stop's transaction data after later periodic samples), so a reading replaces the kept one only when it was
/// taken later: the condition is part of the update, which makes concurrent writers safe.
/// </summary>
internal static class LatestEnergy
{
    public static Task<int> KeepIfNewerAsync(TransactionsDbContext db, long transactionId, EnergyReading reading, CancellationToken cancellationToken)
    {
        var at = StationTime.Stored(reading.At);
        return db.Transactions
            .Where(t => t.Id == transactionId && (t.LatestEnergyAt == null || t.LatestEnergyAt < at))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LatestEnergyWh, reading.Wh).SetProperty(t => t.LatestEnergyAt, at), cancellationToken);
    }

    /// <summary>
    /// What a meter-values batch learnt of one transaction, in one statement: it was heard from at
    /// <paramref name="receivedAt"/> (its last activity, for stale transactions), its <paramref name="flags"/> are added, and
    /// the newest reading, if any, is kept when it is newer. Each column's condition reads the row as it was, so the two moves are as safe as the one above.
    /// </summary>
    public static Task<int> KeepActivityAsync(
        TransactionsDbContext db, long transactionId, EnergyReading? reading, DateTime receivedAt, TransactionFlags flags, CancellationToken cancellationToken)
    {
        var transaction = db.Transactions.Where(t => t.Id == transactionId);
        if (reading is not { } newest)
        {
            return transaction.ExecuteUpdateAsync(set => set
                .SetProperty(t => t.LastActivityAt, t => t.LastActivityAt == null || t.LastActivityAt < receivedAt ? receivedAt : t.LastActivityAt)
                .SetProperty(t => t.Flags, t => t.Flags | flags), cancellationToken);
        }

        var at = StationTime.Stored(newest.At);
        return transaction.ExecuteUpdateAsync(set => set
            .SetProperty(t => t.LastActivityAt, t => t.LastActivityAt == null || t.LastActivityAt < receivedAt ? receivedAt : t.LastActivityAt)
            .SetProperty(t => t.Flags, t => t.Flags | flags)
            .SetProperty(t => t.LatestEnergyWh, t => t.LatestEnergyAt == null || t.LatestEnergyAt < at ? newest.Wh : t.LatestEnergyWh)
            .SetProperty(t => t.LatestEnergyAt, t => t.LatestEnergyAt == null || t.LatestEnergyAt < at ? at : t.LatestEnergyAt), cancellationToken);
    }
}
