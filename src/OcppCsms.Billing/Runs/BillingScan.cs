using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.Runs;

/// <summary>
/// Finds what the stop events did not bill: completed transactions without a record or a failure (a crash between the
/// stop's commit and its billing, an event the bus dropped, billing paused), and failures whose retry is due. The
/// completed transactions are read after a stored cursor by the (status, completed_at) index, so a scan reads what
/// completed since the last one — plus an <see cref="Overlap"/> before it: completion times come from the CSMS clock
/// before the commit, so a transaction may become visible after one with a later completion time. Reading that window
/// again costs a few index reads; skipping it could lose a transaction. While no tariff exists at all the scan does
/// nothing and its cursor stays: the first scan after the first tariff is written bills everything completed since.
/// </summary>
internal sealed class BillingScan(
    IBillableTransactions transactions, TransactionBiller biller, ISessionPricer pricer, IDbContextFactory<BillingDbContext> contexts, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>Far longer than any commit of a stop takes.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await pricer.AnyTariffAsync(cancellationToken))
        {
            return;
        }

        await BillCompletedAsync(cancellationToken);
        await RetryDueAsync(cancellationToken);
    }

    private async Task BillCompletedAsync(CancellationToken cancellationToken)
    {
        var cursor = await ReadCursorAsync(cancellationToken);
        var after = cursor is { } stored ? new CompletionCursor(stored.CompletedAt - Overlap, 0) : (CompletionCursor?)null;
        while (true)
        {
            var batch = await transactions.ListCompletedAsync(after, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            var ids = batch.Select(t => t.Id).ToList();
            var settled = await SettledAsync(ids, cancellationToken);
            foreach (var id in ids.Where(id => !settled.Contains(id)))
            {
                // A failure that could not even be recorded throws: the cursor stays before the transaction.
                await biller.BillAsync(id, cancellationToken);
            }

            var last = batch[^1];
            after = new CompletionCursor(last.CompletedAt!.Value, last.Id);
            if (cursor is null || after.Value.CompletedAt > cursor.Value.CompletedAt
                || (after.Value.CompletedAt == cursor.Value.CompletedAt && after.Value.Id > cursor.Value.Id))
            {
                cursor = after;
                await WriteCursorAsync(after.Value, cancellationToken);
            }

            if (batch.Count < BatchSize)
            {
                return;
            }
        }
    }

    private async Task RetryDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<long> due;
        do
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await db.BillingFailures.AsNoTracking().Where(f => f.NextAttemptAt <= now)
                    .OrderBy(f => f.NextAttemptAt).Select(f => f.TransactionId).Take(BatchSize).ToListAsync(cancellationToken);
            }

            foreach (var id in due)
            {
                // Every attempt moves NextAttemptAt past now or removes the row, so the loop ends.
                await biller.BillAsync(id, cancellationToken);
            }
        }
        while (due.Count == BatchSize);
    }

    /// <summary>Those of <paramref name="ids"/> billed already or waiting for a retry.</summary>
    private async Task<HashSet<long>> SettledAsync(List<long> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var billed = await db.ChargeDetailRecords.Where(c => ids.Contains(c.TransactionId)).Select(c => c.TransactionId).ToListAsync(cancellationToken);
        var failing = await db.BillingFailures.Where(f => ids.Contains(f.TransactionId)).Select(f => f.TransactionId).ToListAsync(cancellationToken);
        return [.. billed, .. failing];
    }

    private async Task<CompletionCursor?> ReadCursorAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.BillingCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Name == BillingCursor.CompletedTransactions, cancellationToken);
        return row is null ? null : new CompletionCursor(row.CompletedAt, row.TransactionId);
    }

    private async Task WriteCursorAsync(CompletionCursor cursor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.BillingCursors.Where(c => c.Name == BillingCursor.CompletedTransactions)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.CompletedAt, cursor.CompletedAt).SetProperty(c => c.TransactionId, cursor.Id), cancellationToken);
        if (updated == 0)
        {
            db.BillingCursors.Add(new BillingCursor { Name = BillingCursor.CompletedTransactions, CompletedAt = cursor.CompletedAt, TransactionId = cursor.Id });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
