using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        foreach (var proxy in options.KnownProxies.Where(p => !ProxyAddresses.TryParseAddress(p, out _)))
        {
            failures.Add($"Proxy:KnownProxies must hold IP addresses such as 10.0.0.5 or fd00::5 (got '{proxy}').");
        }

        foreach (var network in options.KnownNetworks.Where(n => !ProxyAddresses.TryParseNetwork(n, out _)))
        {
            failures.Add($"Proxy:KnownNetworks must hold networks in CIDR notation with no bits set after the prefix, such as 10.0.0.0/8 or fd00::/8 (got '{network}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
