using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OcppCsms.SharedKernel.Persistence;
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
    /// <summary>
    /// Transactions per batched update, five parameters each; SQLite binds parameters by name with a linear search, so statements stay short.
    /// </summary>
    private const int TransactionsPerStatement = 100;

    public static Task<int> KeepIfNewerAsync(TransactionsDbContext db, long transactionId, EnergyReading reading, CancellationToken cancellationToken)
    {
        var at = StationTime.Stored(reading.At);
        return db.Transactions
            .Where(t => t.Id == transactionId && (t.LatestEnergyAt == null || t.LatestEnergyAt < at))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LatestEnergyWh, reading.Wh).SetProperty(t => t.LatestEnergyAt, at), cancellationToken);
    }

    /// <summary>
    /// What a meter-values batch learnt of the transactions it touched, in one statement per
    /// <see cref="TransactionsPerStatement"/> transactions (<c>UPDATE … FROM (VALUES …)</c>, SQLite ≥ 3.33 and PostgreSQL):
    /// the last activity moves forward (for stale transactions), the flags are added, and the newest reading, if any, is
    /// kept when it is newer. Each column's condition reads the row as it was, so the moves are as safe under concurrent
    /// writers as the one above. Runs in the context's current transaction.
    /// </summary>
    public static async Task KeepActivitiesAsync(TransactionsDbContext db, IReadOnlyList<TransactionActivity> activities, CancellationToken cancellationToken)
    {
        var id = StoreColumn.Of<ChargingTransaction>(db, nameof(ChargingTransaction.Id));
        var activity = StoreColumn.Of<ChargingTransaction>(db, nameof(ChargingTransaction.LastActivityAt));
        var flags = StoreColumn.Of<ChargingTransaction>(db, nameof(ChargingTransaction.Flags));
        var wh = StoreColumn.Of<ChargingTransaction>(db, nameof(ChargingTransaction.LatestEnergyWh));
        var at = StoreColumn.Of<ChargingTransaction>(db, nameof(ChargingTransaction.LatestEnergyAt));
        // The VALUES columns are column1…column5 on both databases; the reading's time decides both energy columns.
        var newer = $"v.column5 IS NOT NULL AND (t.{at.DelimitedName} IS NULL OR t.{at.DelimitedName} < v.column5)";
        var update = $"UPDATE {id.DelimitedTable} AS t SET "
            + $"{activity.DelimitedName} = CASE WHEN t.{activity.DelimitedName} IS NULL OR t.{activity.DelimitedName} < v.column2 THEN v.column2 ELSE t.{activity.DelimitedName} END, "
            + $"{flags.DelimitedName} = t.{flags.DelimitedName} | v.column3, "
            + $"{wh.DelimitedName} = CASE WHEN {newer} THEN v.column4 ELSE t.{wh.DelimitedName} END, "
            + $"{at.DelimitedName} = CASE WHEN {newer} THEN v.column5 ELSE t.{at.DelimitedName} END "
            + "FROM (VALUES ";

        var connection = db.Database.GetDbConnection();
        foreach (var chunk in activities.Chunk(TransactionsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var values = new List<string>(chunk.Length);
            foreach (var item in chunk)
            {
                var p = command.Parameters.Count;
                command.Parameters.Add(id.CreateParameter(command, $"@p{p}", item.TransactionId));
                command.Parameters.Add(activity.CreateParameter(command, $"@p{p + 1}", item.ReceivedAt));
                command.Parameters.Add(flags.CreateParameter(command, $"@p{p + 2}", item.Flags));
                command.Parameters.Add(wh.CreateParameter(command, $"@p{p + 3}", item.Newest?.Wh));
                command.Parameters.Add(at.CreateParameter(command, $"@p{p + 4}", item.Newest is { } newest ? StationTime.Stored(newest.At) : null));
                values.Add($"(@p{p}, @p{p + 1}, @p{p + 2}, @p{p + 3}, @p{p + 4})");
            }

            command.CommandText = update + string.Join(", ", values) + $") AS v WHERE t.{id.DelimitedName} = v.column1";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
