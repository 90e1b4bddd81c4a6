using Microsoft.EntityFrameworkCore;
using OcppCsms.Transactions.Contracts;
using OcppCsms.Transactions.Persistence;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Model;

/// <summary>
/// Billing's read side of transactions. The completed ones are listed by the (status, completed_at) index, so a scan
/// after a cursor reads only what completed since; energy readings come from the transaction's stored sampled values.
/// </summary>
internal sealed class BillableTransactions(IDbContextFactory<TransactionsDbContext> contexts) : IBillableTransactions
{
    public Task<BillableTransaction?> FindCompletedAsync(long id, CancellationToken cancellationToken) =>
        FindAsync(id, TransactionStatus.Completed, cancellationToken);

    public Task<BillableTransaction?> FindActiveAsync(long id, CancellationToken cancellationToken) =>
        FindAsync(id, TransactionStatus.Active, cancellationToken);

    public async Task<IReadOnlyList<BillableTransaction>> ListCompletedAsync(CompletionCursor? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Transactions.AsNoTracking().Where(t => t.Status == TransactionStatus.Completed);
        if (after is { } cursor)
        {
            query = query.Where(t => t.CompletedAt > cursor.CompletedAt || (t.CompletedAt == cursor.CompletedAt && t.Id > cursor.Id));
        }

        var completed = await query.OrderBy(t => t.CompletedAt).ThenBy(t => t.Id).Take(limit).ToListAsync(cancellationToken);
        return completed.Select(From).ToList();
    }

    public async Task<IReadOnlyList<BillableTransaction>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = await db.Transactions.AsNoTracking().Where(t => t.Status == TransactionStatus.Active).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return active.Select(From).ToList();
    }

    public async Task<IReadOnlyList<EnergyRegisterReading>> EnergyReadingsAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var samples = await db.MeterSamples.AsNoTracking()
            .Where(s => s.TransactionId == id && s.Measurand == EnergyRegister.Measurand && s.Phase == null)
            .OrderBy(s => s.SampledAt).ThenBy(s => s.Id)
            .Select(s => new SampleReading(s.SampledAt, s.Value, s.Measurand, s.Phase, s.Unit, s.Context, s.Location, s.Format))
            .ToListAsync(cancellationToken);
        return EnergyRegister.Readings(samples).Select(r => new EnergyRegisterReading(r.At, r.Wh)).ToList();
    }

    private async Task<BillableTransaction?> FindAsync(long id, TransactionStatus status, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var transaction = await db.Transactions.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.Status == status, cancellationToken);
        return transaction is null ? null : From(transaction);
    }

    public static BillableTransaction From(ChargingTransaction t) => new(
        t.Id, t.StationId, t.StationTransactionId, t.ConnectorId, t.EvseId, t.IdTag, t.StartParentIdTag, t.StartedAt, t.StoppedAt,
        t.Status == TransactionStatus.Active ? null : t.CompletedAt, t.MeterStartWh, t.MeterStopWh, t.LatestEnergyWh, t.LatestEnergyAt);
}
