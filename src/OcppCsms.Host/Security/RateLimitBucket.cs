using OcppCsms.Identity.Contracts;

namespace OcppCsms.Host.Security;

internal enum RateLimitScope
{
    /// <summary>Sign-in and token refresh, per client address.</summary>
    SignIn,

    /// <summary>A signed-in user or an API key.</summary>
    Principal,

    /// <summary>Any other API request without valid credentials, per client address.</summary>
    Anonymous,

    /// <summary>New station WebSocket connections, per client address.</summary>
    StationConnect,
}

/// <summary>
/// One rate-limit budget. The permit limit is part of the identity, so an API key whose own limit changes starts a
/// budget of the new size instead of keeping the old limiter.
/// </summary>
/// <param name="Partition">Who spends the budget: <c>ip:203.0.113.7</c>, <c>user:{id}</c>, <c>api_key:{id}</c>. Never a secret.</param>
internal readonly record struct RateLimitBucket(RateLimitScope Scope, string Partition, int PermitLimit)
{
    public string Describe() => Scope switch
    {
        RateLimitScope.SignIn => $"At most {PermitLimit} sign-in and token refresh requests a minute are accepted from one address.",
        RateLimitScope.Principal when Partition.StartsWith(OperatorClaims.ApiKeyPrincipal + ":", StringComparison.Ordinal) =>
            $"This API key may make at most {PermitLimit} requests a minute.",
        RateLimitScope.Principal => $"This user may make at most {PermitLimit} API requests a minute.",
        RateLimitScope.StationConnect => $"At most {PermitLimit} station connections a minute are accepted from one address.",
        _ => $"At most {PermitLimit} API requests a minute without credentials are accepted from one address.",
    };
}
