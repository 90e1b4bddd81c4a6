namespace OcppCsms.Authorization.Contracts;

/// <summary>
/// Whether an id tag is in a running transaction, for the ConcurrentTx verdict. The transactions module answers it
/// (it owns transactions; this module must not depend on it), so the interface lives here and is implemented there.
/// </summary>
public interface ITagsInTransaction
{
    Task<bool> IsInTransactionAsync(string idTag, CancellationToken cancellationToken);
}
