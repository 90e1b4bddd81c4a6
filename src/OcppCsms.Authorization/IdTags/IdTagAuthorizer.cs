using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Authorization.Persistence;

namespace OcppCsms.Authorization.IdTags;

/// <summary>
/// The CSMS's verdict on a presented id tag (OCPP 1.6 §4.1, §7.2), in this order: an unknown tag is Invalid and not
/// <see cref="IdTagVerdict.Known"/> (2.0.1 answers it Unknown); a Blocked or Invalid tag keeps its status; a tag
/// stored Expired, or whose expiry date has passed, is Expired. A tag that is Accepted so far takes the status of its
/// parent (group) tag when the parent is registered and not Accepted itself — blocking or expiring a group blocks or
/// expires its members (1.6 §3.10). A parent that is not registered is only a group name and changes nothing. Only the
/// direct parent counts: OCPP groups are flat. Finally an Accepted tag that is in a running transaction is ConcurrentTx.
/// </summary>
/// <remarks>
/// The answer carries the tag's parent and the earlier of the tag's and its registered parent's expiry dates, so a
/// station's cache does not keep a member valid longer than its group (1.6 §3.5.1, §7.27). It carries the tag's own
/// EVSE restriction: a station enforces it (OCPP 2.0.1 C01.FR.21).
/// </remarks>
internal sealed partial class IdTagAuthorizer(
    IDbContextFactory<AuthorizationDbContext> contexts, ITagsInTransaction transactions, TimeProvider clock, ILogger<IdTagAuthorizer> logger)
    : IIdTagAuthorizer
{
    public async Task<IdTagVerdict> AuthorizeAsync(string stationId, string idTag, CancellationToken cancellationToken)
    {
        var verdict = await DecideAsync(idTag, cancellationToken);
        Decided(logger, idTag, stationId, verdict.Status);
        return verdict;
    }

    private async Task<IdTagVerdict> DecideAsync(string idTag, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, idTag, cancellationToken) is not { } tag)
        {
            return new IdTagVerdict(IdTagStatus.Invalid, Known: false);
        }

        var parent = tag.ParentIdTag is { } parentTag ? await FindAsync(db, parentTag, cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var status = StatusAt(tag, now);
        if (status == IdTagStatus.Accepted && parent is not null)
        {
            status = StatusAt(parent, now);
        }

        if (status == IdTagStatus.Accepted && await transactions.IsInTransactionAsync(idTag, cancellationToken))
        {
            status = IdTagStatus.ConcurrentTx;
        }

        return new IdTagVerdict(status, Earliest(tag.ExpiryDate, parent?.ExpiryDate), tag.ParentIdTag, EvseIds: tag.EvseIds);
    }

    private static Task<IdTag?> FindAsync(AuthorizationDbContext db, string idTag, CancellationToken cancellationToken)
    {
        var key = IdTag.Normalize(idTag);
        return db.IdTags.AsNoTracking().SingleOrDefaultAsync(t => t.NormalizedTag == key, cancellationToken);
    }

    private static IdTagStatus StatusAt(IdTag tag, DateTime now) => tag.Status switch
    {
        StoredIdTagStatus.Blocked => IdTagStatus.Blocked,
        StoredIdTagStatus.Invalid => IdTagStatus.Invalid,
        StoredIdTagStatus.Expired => IdTagStatus.Expired,
        _ when tag.ExpiryDate <= now => IdTagStatus.Expired,
        _ => IdTagStatus.Accepted,
    };

    private static DateTime? Earliest(DateTime? first, DateTime? second) =>
        first is { } a && second is { } b ? (a <= b ? a : b) : first ?? second;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Id tag {IdTag} presented at station {StationId}: {Status}")]
    private static partial void Decided(ILogger logger, string idTag, string stationId, IdTagStatus status);
}
