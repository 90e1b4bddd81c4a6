using Microsoft.EntityFrameworkCore;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Model;

/// <summary>
/// Answers the Authorization module's ConcurrentTx question (OCPP 1.6 §7.2) from the active transactions. Id tags are
/// CiString20Type (OCPP 1.6 §7.28), compared without regard to case; the active transactions are few (at most one per
/// connector), so the status index narrows the search enough.
/// </summary>
internal sealed class TagsInTransaction(IDbContextFactory<TransactionsDbContext> contexts) : ITagsInTransaction
{
    public async Task<bool> IsInTransactionAsync(string idTag, CancellationToken cancellationToken)
    {
        var key = idTag.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Transactions.AnyAsync(t => t.Status == TransactionStatus.Active && t.IdTag!.ToUpper() == key, cancellationToken);
    }
}
