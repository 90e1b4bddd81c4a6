using System.Security.Claims;

namespace OcppCsms.Identity.Contracts;

/// <summary>
/// Checks a credential presented outside the HTTP headers (for example in the first message of an event WebSocket):
/// an access token or an API key, exactly as the <c>Authorization</c> and <c>X-API-Key</c> headers would be checked.
/// </summary>
public interface IOperatorCredentials
{
    /// <returns>The principal, with the same claims as header authentication gives, or null when the credential is not valid.</returns>
    Task<ClaimsPrincipal?> ValidateAsync(string credential, CancellationToken cancellationToken);
}
