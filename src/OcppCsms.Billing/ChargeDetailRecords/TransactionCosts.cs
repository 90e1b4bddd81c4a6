using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Runs;
using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>
/// What the transactions side shows of costs: a completed transaction's record and billing state, an active one's
/// running cost, and a just-ended one's total for the 2.0.1 answer. A total not yet billed is priced the way billing
/// will price it (same facts, same tariff version — the one valid at the start), so the station shows what the record
/// will say.
/// </summary>
internal sealed partial class TransactionCosts(
    IDbContextFactory<BillingDbContext> contexts, IBillableTransactions transactions, ISessionPricer pricer, TimeProvider clock, ILogger<TransactionCosts> logger)
    : ITransactionCosts
{
    public async Task<TransactionBilling> BillingAsync(BillableTransaction transaction, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ChargeDetailRecords.AsNoTracking().Include(c => c.Lines)
            .SingleOrDefaultAsync(c => c.TransactionId == transaction.Id, cancellationToken);
        if (record is not null)
        {
            return new TransactionBilling(Cost(record), new BillingState(BillingStatus.Billed));
        }

        var failure = await db.BillingFailures.AsNoTracking().SingleOrDefaultAsync(f => f.TransactionId == transaction.Id, cancellationToken);
        if (failure is not null)
        {
            return new TransactionBilling(null, new BillingState(failure.Status, failure.Reason, failure.Attempts, failure.NextAttemptAt));
        }

        // While no tariff exists billing tries nothing (ADR 0017), and says why as an attempt would.
        return new TransactionBilling(null, await pricer.AnyTariffAsync(cancellationToken)
            ? new BillingState(BillingStatus.Pending)
            : new BillingState(BillingStatus.NotBillable, BillableSessions.Missing(transaction) ?? TransactionBiller.NoTariff));
    }

    public async Task<RunningCost?> RunningCostAsync(BillableTransaction transaction, DateTime? at, CancellationToken cancellationToken)
    {
        var until = at ?? clock.GetUtcNow().UtcDateTime;
        if (transaction.StartedAt is not { } startedAt || transaction.MeterStartWh is null
            || !await pricer.AppliesAsync(transaction.StationId, transaction.IdTag, transaction.ParentIdTag, startedAt, cancellationToken))
        {
            // Not priceable without a start register, nor without a tariff: the catalog is in memory, the readings are not.
            return null;
        }

        var readings = await transactions.EnergyReadingsAsync(transaction.Id, cancellationToken);
        var session = at is null ? BillableSessions.Running(transaction, readings, until) : BillableSessions.RunningUntil(transaction, readings, until);
        return session is not null && await pricer.PriceAsync(session, cancellationToken) is { } priced
            ? new RunningCost(priced.Currency, priced.Net, priced.Tax, priced.Total, until)
            : null;
    }

    public async Task<decimal?> FinalTotalAsync(BillableTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                if (await db.ChargeDetailRecords.Where(c => c.TransactionId == transaction.Id).Select(c => (decimal?)c.Total)
                        .SingleOrDefaultAsync(cancellationToken) is { } billed)
                {
                    return billed;
                }
            }

            if (BillableSessions.Missing(transaction) is not null
                || !await pricer.AppliesAsync(transaction.StationId, transaction.IdTag, transaction.ParentIdTag, transaction.StartedAt!.Value, cancellationToken))
            {
                return null;
            }

            var readings = await transactions.EnergyReadingsAsync(transaction.Id, cancellationToken);
            return (await pricer.PriceAsync(BillableSessions.Completed(transaction, readings), cancellationToken))?.Total;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The station's answer must not fail over a price: without totalCost it shows its fallback message (I05).
            TotalFailed(logger, exception, transaction.Id);
            return null;
        }
    }

    public static TransactionCost Cost(ChargeDetailRecord record) => new(
        record.Id, record.Currency, record.Net, record.Tax, record.Total,
        record.Lines.OrderBy(l => l.Position)
            .Select(l => new TransactionCostLine(l.Component, l.Period, l.From, l.To, l.Quantity, l.Unit, l.UnitPrice, l.Amount)).ToList(),
        new TariffReference(record.TariffId, record.TariffVersion, record.TariffName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not price transaction {TransactionId} for its 2.0.1 answer; answered without totalCost")]
    private static partial void TotalFailed(ILogger logger, Exception exception, long transactionId);
}
