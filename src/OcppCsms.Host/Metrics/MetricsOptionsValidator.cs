using Microsoft.Extensions.Options;
using OcppCsms.Host.Security;

namespace OcppCsms.Host.Metrics;

internal sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        var failures = new List<string>();
        if (!IsPlainPath(options.Path))
        {
            failures.Add($"Metrics:Path must be a literal path such as /metrics: it starts with '/', and has no query, fragment, route parameter or trailing '/' (got '{options.Path}').");
        }

        foreach (var scraper in options.AllowedScrapers.Where(s => !ScraperAllowList.TryParseEntry(s, out _)))
        {
            failures.Add($"Metrics:AllowedScrapers must hold IP addresses such as 10.0.0.5 or networks in CIDR notation such as 10.0.0.0/8 (got '{scraper}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A route template of literal segments only: anything else would route other requests to the metrics, or none.</summary>
    private static bool IsPlainPath(string? path) =>
        path is ['/', _, ..] && path[^1] != '/' && !path.Contains("//", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.');
}
