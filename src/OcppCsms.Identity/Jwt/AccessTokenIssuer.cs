using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.Jwt;

internal sealed record AccessToken(string Token, DateTime ExpiresAt);

/// <summary>Signs short-lived operator access tokens (HS256).</summary>
internal sealed class AccessTokenIssuer(IOptions<JwtOptions> options, JwtSigningKeyProvider keys, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(OperatorUser user)
    {
        var jwt = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddMinutes(jwt.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Subject = new ClaimsIdentity(
            [
                new Claim(OperatorClaims.Subject, user.Id.ToString()),
                new Claim(OperatorClaims.Name, user.UserName),
                new Claim(OperatorClaims.Role, user.Role.ToString()),
                new Claim(OperatorClaims.PrincipalType, OperatorClaims.UserPrincipal),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(keys.Key), SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, expires);
    }
}
