using System.Net.WebSockets;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>Open event streams must not hold the host past SIGTERM: Kestrel's stop would wait for them until its timeout.</summary>
public sealed class EventsShutdownTests
{
    [Fact]
    public async Task Sigterm_ends_sse_streams_closes_event_websockets_with_1001_and_the_host_exits_well_before_its_timeout()
    {
        await using var database = new SqliteTestDatabase();
        // A long shutdown timeout: a stream left open would keep the host alive past the wait below.
        await using var host = await CsmsProcess.StartAsync(EventsHostFixture.Environment(database, ("Host__ShutdownTimeoutSeconds", "60")));
        using var client = await OperatorSession.BearerClientAsync(host);
        await using var sse = await ServerSentEventsClient.OpenAsync(client, "/api/v1/events");
        var token = await EventsApi.AccessTokenAsync(host);
        using var socket = await EventsApi.ConnectWebSocketAsync(host, $"?access_token={token}");

        host.Terminate();

        Assert.Null(await sse.ReadEventAsync());
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await socket.ReceiveCloseAsync());
        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }
}
