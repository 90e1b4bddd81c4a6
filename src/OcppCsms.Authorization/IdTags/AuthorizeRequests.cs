using OcppCsms.Authorization.Contracts;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Authorization.IdTags;

/// <summary>
/// A station's Authorize, whatever its version: the authorizer's verdict, and an AuthorizationRequested event for
/// subscribers. Transactions ask the authorizer directly; only an Authorize is an authorization request.
/// </summary>
internal sealed class AuthorizeRequests(IIdTagAuthorizer authorizer, IEventPublisher events)
{
    public async Task<IdTagVerdict> AuthorizeAsync(string stationId, string idTag, CancellationToken cancellationToken)
    {
        var verdict = await authorizer.AuthorizeAsync(stationId, idTag, cancellationToken);
        events.Publish(CsmsEventTypes.AuthorizationRequested, stationId, new Dictionary<string, object?>
        {
            ["idTag"] = idTag,
            ["status"] = verdict.Status.ToString(),
        });
        return verdict;
    }
}
