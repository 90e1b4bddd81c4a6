using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.Authentication;

/// <summary>
/// Operators authenticate with a bearer JWT (people) or an <c>X-API-Key</c> header (machines). A policy scheme picks
/// the one the request carries, so every endpoint accepts either without knowing which.
/// </summary>
internal static class OperatorAuthentication
{
    public const string Scheme = "Operator";
    public const string ApiKeyScheme = "ApiKey";
    public const string ApiKeyHeader = "X-API-Key";

    public static IServiceCollection AddOperatorAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyHeader) ? ApiKeyScheme : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, "API key", null);

        services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicies.Viewer, policy => policy.RequireRole(nameof(OperatorRole.Viewer), nameof(OperatorRole.Operator), nameof(OperatorRole.Admin)))
            .AddPolicy(OperatorPolicies.Operator, policy => policy.RequireRole(nameof(OperatorRole.Operator), nameof(OperatorRole.Admin)))
            // No fallback policy: it would turn every unknown path into 401 instead of 404. Instead a test enumerates
            // every mapped endpoint and fails on one that names no policy and is not on the short anonymous list.
            .AddPolicy(OperatorPolicies.Admin, policy => policy.RequireRole(nameof(OperatorRole.Admin)));
        return services;
    }
}
