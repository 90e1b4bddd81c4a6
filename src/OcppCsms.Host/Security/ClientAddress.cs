using System.Net;
using System.Net.Sockets;

namespace OcppCsms.Host.Security;

/// <summary>Who a request comes from, as a rate-limit partition: the client's IP address after any trusted proxy.</summary>
internal static class ClientAddress
{
    private const int Ipv6SubscriberPrefix = 64;

    public static string PartitionOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        // One IPv6 host picks any address of its /64 at will (temporary addresses, RFC 8981), so a per-address budget
        // would be no budget at all; the /64 is what one subscriber holds.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6SubscriberPrefix / 8, bytes.Length - (Ipv6SubscriberPrefix / 8));
        return new IPNetwork(new IPAddress(bytes), Ipv6SubscriberPrefix).ToString();
    }
}
