using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using OcppCsms.Identity.ApiKeys;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Jwt;

namespace OcppCsms.Identity.Authentication;

internal sealed class OperatorCredentials(IOptions<JwtOptions> jwt, JwtSigningKeyProvider keys, ApiKeyStore apiKeys) : IOperatorCredentials
{
    private readonly JsonWebTokenHandler _tokens = new() { MapInboundClaims = false };

    public async Task<ClaimsPrincipal?> ValidateAsync(string credential, CancellationToken cancellationToken)
    {
        if (credential.StartsWith("csk_", StringComparison.Ordinal))
        {
            return await apiKeys.FindUsableAsync(credential, cancellationToken) is { } key ? ApiKeyAuthenticationHandler.Principal(key) : null;
        }

        var result = await _tokens.ValidateTokenAsync(credential, JwtBearerSetup.ValidationParameters(jwt.Value, keys));
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }
}
