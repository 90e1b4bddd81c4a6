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
}
