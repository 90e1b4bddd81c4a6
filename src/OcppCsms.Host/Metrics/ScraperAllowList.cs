using System.Net;
using Microsoft.Extensions.Options;
using OcppCsms.Host.Security;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// <c>Metrics:AllowedScrapers</c> parsed once: the addresses and networks that may read <c>/metrics</c>. The client's
/// address is the one after any trusted proxy (<c>Proxy</c> section), so a forwarded header cannot claim to be the scraper.
/// </summary>
internal sealed class ScraperAllowList
{
    private readonly IPNetwork[] _allowed;

    public ScraperAllowList(IOptions<MetricsOptions> options) =>
        _allowed = options.Value.AllowedScrapers.Select(s => TryParseEntry(s, out var network) ? network : throw new InvalidOperationException(s)).ToArray();

    /// <summary>An address is the network of that one address (/32, /128); networks use the strict parsing of the proxy lists.</summary>
    public static bool TryParseEntry(string? text, out IPNetwork network)
    {
        if (ProxyAddresses.TryParseAddress(text, out var address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return ProxyAddresses.TryParseNetwork(text, out network);
    }

    public bool Allows(IPAddress? client)
    {
        if (_allowed.Length == 0)
        {
            return true;
        }

        if (client is null)
        {
            return false;
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        foreach (var network in _allowed)
        {
            if (network.Contains(client))
            {
                return true;
            }
        }

        return false;
    }
}
