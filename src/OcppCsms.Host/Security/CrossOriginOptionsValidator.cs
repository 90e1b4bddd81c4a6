using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

internal sealed class CrossOriginOptionsValidator : IValidateOptions<CrossOriginOptions>
{
    public ValidateOptionsResult Validate(string? name, CrossOriginOptions options)
    {
        var failures = new List<string>();
        foreach (var origin in options.AllowedOrigins)
        {
            if (origin.Contains('*', StringComparison.Ordinal))
            {
                // Credentialed requests are allowed, so a wildcard would let every web site act as the signed-in operator
                // (and the Fetch standard refuses "*" with credentials anyway).
                failures.Add($"Cors:AllowedOrigins must name each origin; wildcards are refused (got '{origin}').");
            }
            else if (!IsOrigin(origin))
            {
                failures.Add($"Cors:AllowedOrigins must hold origins such as https://dashboard.example.com: http or https, host and optional port, " +
                             $"no path, query or trailing slash (got '{origin}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// Exactly what a browser sends in the <c>Origin</c> header (RFC 6454 §6.1): scheme, host and a non-default port.
    /// Anything else (a path, a trailing slash, an explicit default port) would never match and silently allow nothing.
    /// </summary>
    private static bool IsOrigin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), text, StringComparison.OrdinalIgnoreCase);
}
