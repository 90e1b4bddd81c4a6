using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Simulator.Connection;

/// <summary>Where and how one station connects: the CSMS URL plus its identity, the OCPP version and its Basic password.</summary>
/// <param name="BaseUrl">The CSMS's OCPP URL without the identity, e.g. <c>ws://127.0.0.1:5000/ocpp</c>.</param>
/// <param name="Index">The station's place in the fleet, 0-based: it picks the loopback source address and names its drivers' tags.</param>
internal sealed record StationEndpoint(Uri BaseUrl, string StationId, OcppVersion Version, string? Password, int Index)
{
    /// <summary>OCPP-J 1.6 §3.1.1 and OCPP 2.0.1 part 4 §3.1.1: the identity is the last path segment of the URL, URL-encoded.</summary>
    public Uri Url => new($"{BaseUrl.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(StationId)}");
}
