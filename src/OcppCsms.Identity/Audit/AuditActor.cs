using System.Security.Claims;
using OcppCsms.Identity.Contracts;

namespace OcppCsms.Identity.Audit;

/// <summary>Who an audit line is about: a user, an API key, someone not signed in, or the system itself.</summary>
internal sealed record AuditActor(string Type, string? Id, string? Name)
{
    public const string Anonymous = "anonymous";

    public static AuditActor Of(ClaimsPrincipal? principal) => principal?.Identity?.IsAuthenticated == true
        ? new AuditActor(
            principal.FindFirstValue(OperatorClaims.PrincipalType) ?? OperatorClaims.UserPrincipal,
            principal.FindFirstValue(OperatorClaims.Subject),
            principal.FindFirstValue(OperatorClaims.Name))
        : new AuditActor(Anonymous, null, null);
}
