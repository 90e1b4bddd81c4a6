using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>The endpoint with non-default <c>Ocpp</c> settings, and what needs a host of its own.</summary>
public sealed class OcppEndpointSettingsTests
{
    [Fact]
    public async Task A_message_over_Ocpp_MaxMessageBytes_closes_the_session_with_1009_and_smaller_ones_pass()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Ocpp__MaxMessageBytes", "2048")));
        using var station = await StationClient.ConnectAsync(host, "CP-BIG", "ocpp2.0.1");

        // Just under the limit: read whole (it grows the buffer past its initial size) and answered.
        var padding = new string('x', 1900);
        await station.SendTextAsync($$"""[2,"fits","DataTransfer",{"vendorId":"{{padding}}"}]""");
        Assert.Equal("fits", JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement[1].GetString());

        await station.SendTextAsync($$"""[2,"too-big","DataTransfer",{"vendorId":"{{new string('x', 3000)}}"}]""");
        var result = await station.ReceiveAsync(new byte[256], StationClient.Timeout());

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, station.CloseStatus);
    }

    [Fact]
    public async Task The_server_preference_order_is_configurable()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Ocpp__SubProtocols", "ocpp1.6,ocpp2.0.1")));

        using var station = await StationClient.ConnectAsync(host, "CP-PREFER-16", "ocpp2.0.1", "ocpp1.6");

        Assert.Equal("ocpp1.6", station.SubProtocol);
    }

    [Fact]
    public async Task A_second_connection_of_a_station_replaces_the_first_which_is_closed_normally()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment());
        using var first = await StationClient.ConnectAsync(host, "CP-TWICE", "ocpp1.6");

        using var second = await StationClient.ConnectAsync(host, "CP-TWICE", "ocpp2.0.1");
        var result = await first.ReceiveAsync(new byte[256], StationClient.Timeout());

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.CloseStatus);
        await second.SendTextAsync("""[2,"after-replace","Heartbeat",{}]""");
        Assert.Equal("after-replace", JsonDocument.Parse(await second.ReceiveTextAsync()).RootElement[1].GetString());
        var health = await host.Http.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(1, health.GetProperty("connectedStations").GetInt32());
    }

    [Fact]
    public async Task A_station_that_answers_no_ping_is_disconnected_and_one_that_answers_stays()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Ocpp__PingIntervalSeconds", "1"), ("Ocpp__PongTimeoutSeconds", "1")));
        // A client answers Pings only while it reads: this one never reads, the other keeps a read pending.
        using var silent = await StationClient.ConnectAsync(host, "CP-SILENT-PONG", "ocpp1.6");
        using var alive = await StationClient.ConnectAsync(host, "CP-ALIVE-PONG", "ocpp1.6");
        var answer = alive.ReceiveTextAsync();

        await host.WaitForOutputAsync(l => l.Contains("Station CP-SILENT-PONG disconnected", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        Assert.Equal(1, (await host.Http.GetFromJsonAsync<JsonElement>("/health")).GetProperty("connectedStations").GetInt32());
        await alive.SendTextAsync("""[2,"still-here","Heartbeat",{}]""");
        Assert.Contains("still-here", await answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_origin_is_refused_unless_configured()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Ocpp__AllowedOrigins__0", "https://tools.example.com")));

        using var page = StationClient.Create("ocpp1.6");
        page.Options.SetRequestHeader("Origin", "https://evil.example.com");
        await Assert.ThrowsAsync<WebSocketException>(() => page.ConnectAsync(StationClient.Uri(host, "CP-FROM-PAGE"), StationClient.Timeout()));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, page.HttpStatusCode);

        using var tool = StationClient.Create("ocpp1.6");
        tool.Options.SetRequestHeader("Origin", "https://tools.example.com");
        await tool.ConnectAsync(StationClient.Uri(host, "CP-FROM-TOOL"), StationClient.Timeout());
        Assert.Equal(WebSocketState.Open, tool.State);
    }

    [Fact]
    public async Task At_debug_level_every_message_in_and_out_is_logged_without_its_payload()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Logging__LogLevel__OcppCsms.Ocpp.Server", "Debug"), ("Ocpp__UnknownStations", "Accept")));
        using var station = await StationClient.ConnectAsync(host, "CP-LOGGED", "ocpp2.0.1");

        await station.SendTextAsync("""[2,"logged-1","Heartbeat",{"customData":{"vendorId":"v","secretish":"payload-text"}}]""");
        await station.ReceiveTextAsync();

        var incoming = JsonDocument.Parse(await host.WaitForOutputAsync(l => l.Contains("\"Direction\":\"in\"", StringComparison.Ordinal), TimeSpan.FromSeconds(10))).RootElement;
        var outgoing = JsonDocument.Parse(await host.WaitForOutputAsync(l => l.Contains("\"Direction\":\"out\"", StringComparison.Ordinal), TimeSpan.FromSeconds(10))).RootElement;
        Assert.Equal(("CP-LOGGED", "Call", "Heartbeat", "logged-1"),
            (incoming.GetProperty("StationId").GetString(), incoming.GetProperty("MessageType").GetString(), incoming.GetProperty("Action").GetString(), incoming.GetProperty("MessageId").GetString()));
        Assert.Equal(("CallResult", "Heartbeat", "logged-1"),
            (outgoing.GetProperty("MessageType").GetString(), outgoing.GetProperty("Action").GetString(), outgoing.GetProperty("MessageId").GetString()));
        Assert.True(incoming.GetProperty("Bytes").GetInt32() > 40);
        Assert.DoesNotContain("payload-text", host.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_connections_of_one_station_leave_exactly_one_session()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("RateLimiting__WsConnectionsPerMinute", "1000")));

        var sockets = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            var socket = StationClient.Create("ocpp1.6");
            await socket.ConnectAsync(StationClient.Uri(host, "CP-RACE"), StationClient.Timeout());
            return socket;
        }));

        // Every connection but one is closed by the server, normally; the survivor stays open and is the one counted.
        var closes = await Task.WhenAll(sockets.Select(async socket =>
        {
            var pending = socket.ReceiveAsync(new byte[1024], StationClient.Timeout());
            var finished = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromSeconds(3)));
            return finished == pending && (await pending).MessageType == WebSocketMessageType.Close;
        }));
        Assert.Equal(11, closes.Count(closed => closed));
        var survivor = sockets[Array.IndexOf(closes, false)];
        Assert.Equal(WebSocketState.Open, survivor.State);
        Assert.Equal(1, (await host.Http.GetFromJsonAsync<JsonElement>("/health")).GetProperty("connectedStations").GetInt32());
        Assert.All(sockets.Where(s => s != survivor), s => Assert.Equal(WebSocketCloseStatus.NormalClosure, s.CloseStatus));
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }
}
