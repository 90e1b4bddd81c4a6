using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.ApiKeys;
using OcppCsms.Identity.Contracts;

namespace OcppCsms.Identity.Authentication;

/// <summary>Authenticates the <c>X-API-Key</c> header as a principal with the key's role.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[OperatorAuthentication.ApiKeyHeader].ToString();
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindUsableAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(Principal(key), Scheme.Name));
    }

    public static ClaimsPrincipal Principal(ApiKey key)
    {
        var claims = new List<Claim>
        {
            new(OperatorClaims.Subject, key.Id.ToString()),
            new(OperatorClaims.Name, key.Name),
            new(OperatorClaims.Role, key.Role.ToString()),
            new(OperatorClaims.PrincipalType, OperatorClaims.ApiKeyPrincipal),
        };
        if (key.RequestsPerMinute is { } limit)
        {
            claims.Add(new Claim(OperatorClaims.RequestsPerMinute, limit.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, OperatorAuthentication.ApiKeyScheme, OperatorClaims.Name, OperatorClaims.Role));
    }
}
