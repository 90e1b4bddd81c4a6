using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>The foundation's part of the OCPP endpoint: the upgrade, subprotocol choice, identity rules and the session count.</summary>
public sealed class OcppEndpointTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Theory]
    [InlineData(new[] { "ocpp1.6" }, "ocpp1.6")]
    [InlineData(new[] { "ocpp2.0.1" }, "ocpp2.0.1")]
    [InlineData(new[] { "ocpp1.6", "ocpp2.0.1" }, "ocpp2.0.1")]
    [InlineData(new[] { "ocpp0.1", "ocpp1.6" }, "ocpp1.6")]
    public async Task The_server_picks_its_preferred_version_among_those_offered(string[] offered, string expected)
    {
        using var station = await StationClient.ConnectAsync(_host, "CP-VERSION", offered);

        Assert.Equal(expected, station.SubProtocol);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
    }

    [Theory]
    [InlineData("CP-NONE", new string[0])]
    [InlineData("CP-OLD", new[] { "ocpp1.5" })]
    [InlineData("CP-0123456789-0123456789-0123456789-0123456789-49", new[] { "ocpp1.6" })]
    [InlineData("CP:1", new[] { "ocpp1.6" })]
    public async Task An_unsupported_subprotocol_or_an_invalid_identity_is_refused_with_400(string stationId, string[] offered)
    {
        using var station = StationClient.Create(offered);

        await Assert.ThrowsAsync<WebSocketException>(() => station.ConnectAsync(StationClient.Uri(_host, stationId), StationClient.Timeout()));
        Assert.Equal(HttpStatusCode.BadRequest, station.HttpStatusCode);
    }

    [Fact]
    public async Task An_identity_of_48_characters_is_accepted()
    {
        using var station = await StationClient.ConnectAsync(_host, "CP-0123456789-0123456789-0123456789-0123456789-X", "ocpp1.6");

        Assert.Equal(WebSocketState.Open, station.State);
    }

    [Fact]
    public async Task A_plain_http_request_to_the_endpoint_gets_problem_details()
    {
        var response = await _host.Http.GetAsync("/ocpp/CP-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("WebSocket", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_counts_connected_stations()
    {
        // A host of its own: the shared one sees the other tests' stations come and go.
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment());
        using var first = await StationClient.ConnectAsync(host, "CP-COUNT-1", "ocpp1.6");
        using var second = await StationClient.ConnectAsync(host, "CP-COUNT-2", "ocpp2.0.1");
        Assert.Equal(2, await ConnectedStationsAsync(host));

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.CloseStatus);
        await WaitUntilAsync(async () => await ConnectedStationsAsync(host) == 1);
    }

    [Fact]
    public async Task A_call_the_csms_does_not_handle_yet_is_answered_with_a_callerror_carrying_its_message_id()
    {
        using var station = await StationClient.ConnectAsync(_host, "CP-CALL", "ocpp1.6");

        await station.SendTextAsync("""[2,"msg-17","Heartbeat",{}]""");
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;

        Assert.Equal(4, answer[0].GetInt32());
        Assert.Equal("msg-17", answer[1].GetString());
        Assert.Equal("NotImplemented", answer[2].GetString());
        Assert.Equal(JsonValueKind.Object, answer[4].ValueKind);
    }

    private static async Task<int> ConnectedStationsAsync(CsmsProcess host) =>
        (await host.Http.GetFromJsonAsync<JsonElement>("/health")).GetProperty("connectedStations").GetInt32();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The condition did not become true within 5 s.");
    }
}
