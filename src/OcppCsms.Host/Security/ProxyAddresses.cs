using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OcppCsms.Host.Security;

/// <summary>
/// Strict parsing of the trusted proxy lists. <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone accepts
/// forms an operator never means (<c>10</c> is 0.0.0.10, <c>010.0.0.1</c> is octal 8.0.0.1, <c>[::1]:80</c> drops the
/// port), and a misread trust entry either lets clients forge their address or silently trusts no one.
/// </summary>
internal static class ProxyAddresses
{
    public static bool TryParseAddress(string? text, out IPAddress address)
    {
        address = IPAddress.None;
        if (string.IsNullOrEmpty(text) || !IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        var canonical = parsed.AddressFamily == AddressFamily.InterNetwork
            ? parsed.ToString() == text // dotted quad, decimal, exactly as written
            : text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.'); // no brackets, port or zone
        if (!canonical)
        {
            return false;
        }

        address = parsed;
        return true;
    }

    /// <summary>
    /// CIDR notation with no bits set after the prefix. <c>10.0.0.1/8</c> is refused rather than read as 10.0.0.0/8 (as
    /// <see cref="IPNetwork.TryParse(string, out IPNetwork)"/> does): the operator may have meant a single proxy.
    /// </summary>
    public static bool TryParseNetwork(string? text, out IPNetwork network)
    {
        network = default;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0
            || !TryParseAddress(text![..slash], out var address)
            || !IPNetwork.TryParse(text, out var parsed)
            || !parsed.BaseAddress.Equals(address)
            || text[(slash + 1)..] != parsed.PrefixLength.ToString(CultureInfo.InvariantCulture))
        {
            return false;
        }

        network = parsed;
        return true;
    }
}
