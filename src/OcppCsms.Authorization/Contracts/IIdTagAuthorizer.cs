namespace OcppCsms.Authorization.Contracts;

/// <summary>
/// Decides on an id tag presented at a station — for Authorize, and for the idTagInfo of a transaction's start and stop.
/// Unknown tags are Invalid and not Known (2.0.1: Unknown); a tag already in another running transaction is ConcurrentTx.
/// </summary>
public interface IIdTagAuthorizer
{
    Task<IdTagVerdict> AuthorizeAsync(string stationId, string idTag, CancellationToken cancellationToken);
}
