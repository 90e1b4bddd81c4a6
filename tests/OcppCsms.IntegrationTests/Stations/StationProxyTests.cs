using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// Behind a TLS-terminating proxy: <c>X-Forwarded-Proto: https</c> from a proxy named in <c>Proxy:*</c> makes the
/// connection count as wss (profile 2 works), from anyone else it is ignored; no proxy can stand in for a client
/// certificate, so profile 3 needs TLS to end at the CSMS.
/// </summary>
public sealed class StationProxyTests
{
    [Fact]
    public async Task A_trusted_proxy_that_ended_tls_lets_a_profile_2_station_in_but_not_a_profile_3_station()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database, ("Proxy__KnownProxies__0", "127.0.0.1")));
        using var client = await OperatorSession.BearerClientAsync(host);
        var basic = UniqueId("CP-PROXY2");
        var password = NewPassword();
        await RegisterAsync(client, basic, profile: 2, password);
        var certificate = UniqueId("CP-PROXY3");
        await RegisterAsync(client, certificate, profile: 3);

        using var station = await ConnectAsync(StationClient.Uri(host, basic), Basic(basic, password), ViaProxy);

        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        var shown = await GetConnectedAsync(client, basic);
        Assert.Equal(2, shown.GetProperty("securityProfileInUse").GetInt32());
        Assert.Equal("203.0.113.7", shown.Text("remoteAddress"));
        await AssertRefusedAsync(StationClient.Uri(host, certificate), HttpStatusCode.Unauthorized, configure: ViaProxy);
    }

    [Fact]
    public async Task A_forwarded_https_from_an_address_that_is_no_trusted_proxy_is_ignored()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        var id = UniqueId("CP-FORGED");
        var password = NewPassword();
        await RegisterAsync(client, id, profile: 2, password);

        await AssertRefusedAsync(StationClient.Uri(host, id), HttpStatusCode.Unauthorized, Basic(id, password), ViaProxy);
    }

    private static void ViaProxy(System.Net.WebSockets.ClientWebSocketOptions options)
    {
        options.SetRequestHeader("X-Forwarded-Proto", "https");
        options.SetRequestHeader("X-Forwarded-For", "203.0.113.7");
    }
}
