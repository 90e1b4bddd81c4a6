using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Billing.ChargeDetailRecords;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.Runs;

/// <summary>
/// Bills one completed transaction, exactly once: its charge detail record is written in one database transaction with
/// the removal of its failure row, and the unique transaction id of the records makes a second writer — the stop event
/// and the scan racing, two nodes — fail, which is then recognised as already billed. TransactionBilled is published
/// by the writer whose commit succeeded, after it. A transaction that cannot be priced or whose attempt fails is
/// recorded with the reason and retried with capped exponential backoff; nothing is dropped. While no tariff exists at
/// all nothing is tried or written (ADR 0017): <see cref="BillingScan"/> holds its cursor until one does.
/// </summary>
internal sealed partial class TransactionBiller(
    IBillableTransactions transactions,
    ISessionPricer pricer,
    IDbContextFactory<BillingDbContext> contexts,
    IEventPublisher events,
    IOptions<BillingOptions> options,
    TimeProvider clock,
    ILogger<TransactionBiller> logger)
{
    public const string NoTariff = "No tariff applies: none is assigned to its id tag, group or station, and there is no default tariff valid at its start.";

    /// <exception cref="Exception">Only when the failure itself could not be recorded (the database is down): the caller must not move past it.</exception>
    public async Task<BillResult> BillAsync(long transactionId, CancellationToken cancellationToken)
    {
        try
        {
            return await TryBillAsync(transactionId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BillingFailed(logger, exception, transactionId);
            var reason = $"{exception.GetType().Name}: {exception.Message}";
            await RecordFailureAsync(transactionId, BillingStatus.Failed, reason[..Math.Min(reason.Length, BillingFailure.ReasonMaxLength)], cancellationToken);
            return BillResult.Failed;
        }
    }

    private async Task<BillResult> TryBillAsync(long transactionId, CancellationToken cancellationToken)
    {
        if (!await pricer.AnyTariffAsync(cancellationToken))
        {
            return BillResult.NoTariffs;
        }

        if (await IsBilledAsync(transactionId, cancellationToken))
        {
            // A failure a racing attempt recorded after the record was written is stale: it must not show or be retried.
            await ForgetFailureAsync(transactionId, cancellationToken);
            return BillResult.AlreadyBilled;
        }

        if (await transactions.FindCompletedAsync(transactionId, cancellationToken) is not { } transaction)
        {
            await ForgetFailureAsync(transactionId, cancellationToken);
            return BillResult.NotCompleted;
        }

        if (BillableSessions.Missing(transaction) is { } missing)
        {
            await RecordFailureAsync(transactionId, BillingStatus.NotBillable, missing, cancellationToken);
            return BillResult.NotBillable;
        }

        var readings = await transactions.EnergyReadingsAsync(transactionId, cancellationToken);
        if (await pricer.PriceAsync(BillableSessions.Completed(transaction, readings), cancellationToken) is not { } priced)
        {
            await RecordFailureAsync(transactionId, BillingStatus.NotBillable, NoTariff, cancellationToken);
            return BillResult.NotBillable;
        }

        var record = ChargeDetailRecord.From(transaction, priced, clock.GetUtcNow().UtcDateTime);
        if (!await TryWriteAsync(record, cancellationToken))
        {
            return BillResult.AlreadyBilled;
        }

        events.Publish(CsmsEventTypes.TransactionBilled, record.StationId, new Dictionary<string, object?>
        {
            ["transactionId"] = record.TransactionId,
            ["stationTransactionId"] = record.StationTransactionId,
            ["cdrId"] = record.Id,
            ["stationId"] = record.StationId,
            ["currency"] = record.Currency,
            ["total"] = record.Total,
        });
        Billed(logger, transactionId, record.Id, record.Total, record.Currency);
        return BillResult.Billed;
    }

    private async Task<bool> IsBilledAsync(long transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChargeDetailRecords.AnyAsync(c => c.TransactionId == transactionId, cancellationToken);
    }

    private async Task ForgetFailureAsync(long transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BillingFailures.Where(f => f.TransactionId == transactionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <returns>False when another attempt wrote the transaction's record first.</returns>
    private async Task<bool> TryWriteAsync(ChargeDetailRecord record, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var commit = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChargeDetailRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A racing attempt wrote the record first (the unique transaction id); otherwise the database failed.
            if (await IsBilledAsync(record.TransactionId, cancellationToken))
            {
                return false;
            }

            throw;
        }

        await db.BillingFailures.Where(f => f.TransactionId == record.TransactionId).ExecuteDeleteAsync(cancellationToken);
        await commit.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Keeps the failure (one row per transaction: first the row, then each attempt counted), unless the transaction got
    /// billed meanwhile by a racing attempt.
    /// </summary>
    private async Task RecordFailureAsync(long transactionId, BillingStatus status, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ChargeDetailRecords.AnyAsync(c => c.TransactionId == transactionId, cancellationToken))
        {
            return;
        }

        var failure = await db.BillingFailures.SingleOrDefaultAsync(f => f.TransactionId == transactionId, cancellationToken);
        if (failure is null)
        {
            failure = new BillingFailure { TransactionId = transactionId, Reason = reason, FirstFailedAt = now };
            db.BillingFailures.Add(failure);
        }

        failure.Status = status;
        failure.Reason = reason;
        failure.Attempts++;
        failure.LastAttemptAt = now;
        failure.NextAttemptAt = now + RetryDelay(failure.Attempts, options.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A racing attempt recorded its failure first (one row per transaction) and that is enough; otherwise the database failed.
            if (await IsRecordedAsync(transactionId, cancellationToken))
            {
                return;
            }

            throw;
        }

        NotBilled(logger, transactionId, status, failure.Attempts, failure.NextAttemptAt, reason);
    }

    private async Task<bool> IsRecordedAsync(long transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BillingFailures.AnyAsync(f => f.TransactionId == transactionId, cancellationToken);
    }

    /// <summary>Base × 2^(attempts − 1), at most the maximum: 30 s, 1 min, 2 min, ... 1 h with the defaults.</summary>
    public static TimeSpan RetryDelay(int attempts, BillingOptions options)
    {
        var doublings = Math.Min(attempts - 1, 30);
        return TimeSpan.FromSeconds(Math.Min((long)options.RetryBaseSeconds << doublings, options.RetryMaxSeconds));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transaction {TransactionId} billed: charge detail record {CdrId}, total {Total} {Currency}")]
    private static partial void Billed(ILogger logger, long transactionId, long cdrId, decimal total, string currency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction {TransactionId} not billed ({Status}, attempt {Attempts}, next at {NextAttemptAt:o}): {Reason}")]
    private static partial void NotBilled(ILogger logger, long transactionId, BillingStatus status, int attempts, DateTime nextAttemptAt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Billing transaction {TransactionId} failed; recorded and retried with backoff")]
    private static partial void BillingFailed(ILogger logger, Exception exception, long transactionId);
}
