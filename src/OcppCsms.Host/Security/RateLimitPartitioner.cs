using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Contracts;

namespace OcppCsms.Host.Security;

/// <summary>
/// Decides which budget a request spends, or none: the API under <c>/api/</c>, and the opening of station WebSocket
/// connections under <c>/ocpp/</c> (the messages on an open connection are not HTTP requests and are not counted).
/// </summary>
internal sealed class RateLimitPartitioner(IOptions<RateLimitingOptions> options)
{
    private static readonly PathString Api = "/api";
    private static readonly PathString Ocpp = "/ocpp";
    private static readonly string[] SignInPaths = ["/api/v1/auth/login", "/api/v1/auth/refresh"];

    /// <returns>Null for requests that are not limited (health, Swagger, metrics, anything outside the API and OCPP).</returns>
    public RateLimitBucket? Resolve(HttpContext context)
    {
        var request = context.Request;
        var limits = options.Value;
        if (request.Path.StartsWithSegments(Ocpp, StringComparison.OrdinalIgnoreCase))
        {
            return new RateLimitBucket(RateLimitScope.StationConnect, $"ip:{ClientAddress.PartitionOf(context)}", limits.WsConnectionsPerMinute);
        }

        if (!request.Path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (HttpMethods.IsPost(request.Method) && IsSignIn(request.Path))
        {
            return new RateLimitBucket(RateLimitScope.SignIn, $"ip:{ClientAddress.PartitionOf(context)}", limits.LoginPerMinute);
        }

        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirstValue(OperatorClaims.Subject) is { Length: > 0 } subject)
        {
            var type = user.FindFirstValue(OperatorClaims.PrincipalType) ?? OperatorClaims.UserPrincipal;
            return new RateLimitBucket(RateLimitScope.Principal, $"{type}:{subject}", OwnLimit(user) ?? limits.ApiPerMinute);
        }

        return new RateLimitBucket(RateLimitScope.Anonymous, $"ip:{ClientAddress.PartitionOf(context)}", limits.ApiPerMinute);
    }

    // Routing ignores case and a trailing slash, so the budget must too, or "/API/v1/auth/login/" would escape it.
    private static bool IsSignIn(PathString path)
    {
        var value = path.Value.AsSpan().TrimEnd('/');
        foreach (var signIn in SignInPaths)
        {
            if (value.Equals(signIn, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int? OwnLimit(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(OperatorClaims.RequestsPerMinute), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0
            ? limit
            : null;
}
