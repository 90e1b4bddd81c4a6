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
    [InlineData("")]
    [InlineData("ocpp1.5")]
    [InlineData("ocpp2.0,ocpp1.2")]
    public async Task Without_a_supported_subprotocol_the_handshake_completes_without_one_and_the_server_closes_at_once(string offered)
    {
        // OCPP-J 1.6 §3.2, OCPP 2.0.1 part 4 §3.2: never a version the station did not offer.
        using var station = await StationClient.ConnectAsync(_host, "CP-NO-VERSION", offered.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(string.IsNullOrEmpty(station.SubProtocol));
        var result = await station.ReceiveAsync(new byte[256], StationClient.Timeout());
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.ProtocolError, station.CloseStatus);
        Assert.Contains("ocpp2.0.1", station.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CP-0123456789-0123456789-0123456789-0123456789-49")]
    [InlineData("CP:1")]
    public async Task An_invalid_identity_is_refused_with_400(string stationId)
    {
        string[] offered = ["ocpp1.6"];
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
        await Poll.UntilAsync(async () => await ConnectedStationsAsync(host) == 1);
    }

    [Theory]
    [InlineData("ocpp2.0.1", "not json at all", "-1", "RpcFrameworkError")]
    [InlineData("ocpp1.6", "not json at all", "-1", "FormationViolation")]
    [InlineData("ocpp2.0.1", "", "-1", "RpcFrameworkError")]
    [InlineData("ocpp2.0.1", """[2,"0123456789012345678901234567890123456","Heartbeat",{}]""", "-1", "RpcFrameworkError")]
    [InlineData("ocpp2.0.1", """[2,"m-1","Heartbeat",[]]""", "m-1", "FormatViolation")]
    [InlineData("ocpp1.6", """[2,"m-1","Heartbeat",[]]""", "m-1", "FormationViolation")]
    [InlineData("ocpp2.0.1", """[2,"m-2","Heartbeat",{},"extra"]""", "m-2", "ProtocolError")]
    [InlineData("ocpp2.0.1", """[9,"m-3",{}]""", "m-3", "MessageTypeNotSupported")]
    public async Task A_malformed_message_gets_the_precise_callerror_and_the_session_goes_on(string subProtocol, string message, string messageId, string code)
    {
        using var station = await StationClient.ConnectAsync(_host, $"CP-BAD-{Guid.NewGuid():N}"[..20], subProtocol);

        await station.SendTextAsync(message);
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;

        Assert.Equal(4, answer[0].GetInt32());
        Assert.Equal(messageId, answer[1].GetString());
        Assert.Equal(code, answer[2].GetString());
        Assert.Equal(JsonValueKind.Object, answer[4].ValueKind);
        Assert.DoesNotContain("not json", answer.GetRawText(), StringComparison.Ordinal);
        await AssertStillAnswersAsync(station);
    }

    [Fact]
    public async Task In_1_6_an_unknown_message_type_and_an_unmatched_answer_are_ignored()
    {
        using var station = await StationClient.ConnectAsync(_host, "CP-IGNORE-16", "ocpp1.6");

        await station.SendTextAsync("""[9,"ignored-1",{}]""");
        await station.SendTextAsync("""[3,"never-sent",{}]""");

        // The next answer on the socket is the one to this CALL: nothing was sent for the two messages before it.
        await AssertStillAnswersAsync(station);
        await _host.WaitForOutputAsync(l => l.Contains("answered message never-sent", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_binary_frame_closes_the_session_with_1003_and_other_stations_are_still_served()
    {
        using var bystander = await StationClient.ConnectAsync(_host, "CP-BYSTANDER", "ocpp2.0.1");
        using var station = await StationClient.ConnectAsync(_host, "CP-BINARY", "ocpp2.0.1");

        await station.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, endOfMessage: true, StationClient.Timeout());
        var result = await station.ReceiveAsync(new byte[256], StationClient.Timeout());

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.InvalidMessageType, station.CloseStatus);
        await AssertStillAnswersAsync(bystander);
    }

    [Theory]
    [InlineData("ocpp1.6", "FooBar", "NotImplemented")]
    [InlineData("ocpp1.6", "TransactionEvent", "NotImplemented")]
    [InlineData("ocpp2.0.1", "StartTransaction", "NotImplemented")]
    [InlineData("ocpp1.6", "heartbeat", "NotImplemented")]
    public async Task An_action_the_version_lacks_is_NotImplemented(string subProtocol, string action, string code)
    {
        using var station = await StationClient.ConnectAsync(_host, $"CP-ACTION-{Guid.NewGuid():N}"[..24], subProtocol);

        await station.SendTextAsync($$"""[2,"msg-17","{{action}}",{}]""");
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;

        Assert.Equal(4, answer[0].GetInt32());
        Assert.Equal("msg-17", answer[1].GetString());
        Assert.Equal(code, answer[2].GetString());
        Assert.Equal(JsonValueKind.Object, answer[4].ValueKind);
    }

    [Theory]
    [InlineData("ocpp1.6", "{}")]
    [InlineData("ocpp2.0.1", "{}")]
    [InlineData("ocpp2.0.1", """{"customData":{"vendorId":"com.example","anything":[1,2]}}""")]
    public async Task A_heartbeat_is_answered_with_the_current_utc_time_in_milliseconds(string subProtocol, string payload)
    {
        using var station = await StationClient.ConnectAsync(_host, $"CP-HB-{Guid.NewGuid():N}"[..20], subProtocol);

        await station.SendTextAsync($$"""[2,"hb-1","Heartbeat",{{payload}}]""");
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;

        Assert.Equal((3, "hb-1"), (answer[0].GetInt32(), answer[1].GetString()));
        var currentTime = answer[2].GetProperty("currentTime").GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", currentTime);
        Assert.InRange(DateTime.Parse(currentTime, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Single(answer[2].EnumerateObject());
    }

    [Theory]
    [InlineData("ocpp1.6", """{"extra":1}""", "FormationViolation")]
    [InlineData("ocpp2.0.1", """{"extra":1}""", "FormatViolation")]
    [InlineData("ocpp2.0.1", """{"customData":{"other":1}}""", "OccurrenceConstraintViolation")]
    [InlineData("ocpp2.0.1", """{"customData":{"vendorId":5}}""", "TypeConstraintViolation")]
    [InlineData("ocpp2.0.1", """{"customData":"text"}""", "TypeConstraintViolation")]
    public async Task A_heartbeat_payload_that_breaks_its_schema_gets_the_matching_callerror(string subProtocol, string payload, string code)
    {
        using var station = await StationClient.ConnectAsync(_host, $"CP-HBX-{Guid.NewGuid():N}"[..20], subProtocol);

        await station.SendTextAsync($$"""[2,"hb-bad","Heartbeat",{{payload}}]""");
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;

        Assert.Equal((4, "hb-bad", code), (answer[0].GetInt32(), answer[1].GetString(), answer[2].GetString()));
    }

    private static async Task<int> ConnectedStationsAsync(CsmsProcess host) =>
        (await host.Http.GetFromJsonAsync<JsonElement>("/health")).GetProperty("connectedStations").GetInt32();

    private static async Task AssertStillAnswersAsync(ClientWebSocket station)
    {
        var id = $"alive-{Guid.NewGuid():N}"[..20];
        await station.SendTextAsync($$"""[2,"{{id}}","Heartbeat",{}]""");
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        Assert.Equal(id, answer[1].GetString());
    }
}
