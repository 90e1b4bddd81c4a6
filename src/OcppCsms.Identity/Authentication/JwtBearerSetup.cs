using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Jwt;

namespace OcppCsms.Identity.Authentication;

/// <summary>
/// Access tokens are accepted only when signed with HMAC-SHA256 by our key (the algorithm is pinned: <c>alg: none</c>
/// and every other algorithm fail), from our issuer, for our audience, unexpired, with 30 s of clock skew.
/// </summary>
internal sealed class JwtBearerSetup(IOptions<JwtOptions> jwt, JwtSigningKeyProvider keys) : IConfigureNamedOptions<JwtBearerOptions>
{
    /// <summary>Browsers cannot set headers on EventSource or WebSocket requests; only the event streams take the query.</summary>
    public const string EventStreamPath = "/api/v1/events";

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = ValidationParameters(jwt.Value, keys);
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments(EventStreamPath)
                    && context.Request.Query.TryGetValue("access_token", out var token))
                {
                    context.Token = token.ToString();
                }

                return Task.CompletedTask;
            },
        };
    }

    public static TokenValidationParameters ValidationParameters(JwtOptions jwt, JwtSigningKeyProvider keys) => new()
    {
        ValidIssuer = jwt.Issuer,
        ValidAudience = jwt.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        // Resolved per token: the key is loaded at start-up, after options are first built.
        IssuerSigningKeyResolver = (_, _, _, _) => [new SymmetricSecurityKey(keys.Key)],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = OperatorClaims.Name,
        RoleClaimType = OperatorClaims.Role,
    };
}
