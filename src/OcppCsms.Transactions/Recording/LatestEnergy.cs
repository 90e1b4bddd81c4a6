using Microsoft.EntityFrameworkCore;
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
}
