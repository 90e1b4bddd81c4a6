using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Security;

internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween("RateLimiting:LoginPerMinute", options.LoginPerMinute, 1, 10_000);

        // The same upper bound as an API key's own requestsPerMinute.
        failures.AddUnlessBetween("RateLimiting:ApiPerMinute", options.ApiPerMinute, 1, 100_000);
        failures.AddUnlessBetween("RateLimiting:WsConnectionsPerMinute", options.WsConnectionsPerMinute, 1, 100_000);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
