using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var failures = new List<string>();
        if (options.LoginPerMinute is < 1 or > 10_000)
        {
            failures.Add($"RateLimiting:LoginPerMinute must be between 1 and 10000 (got {options.LoginPerMinute}).");
        }

        // The same upper bound as an API key's own requestsPerMinute.
        if (options.ApiPerMinute is < 1 or > 100_000)
        {
            failures.Add($"RateLimiting:ApiPerMinute must be between 1 and 100000 (got {options.ApiPerMinute}).");
        }

        if (options.WsConnectionsPerMinute is < 1 or > 100_000)
        {
            failures.Add($"RateLimiting:WsConnectionsPerMinute must be between 1 and 100000 (got {options.WsConnectionsPerMinute}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
