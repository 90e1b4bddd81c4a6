using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>
/// The live event streams, Server-Sent Events and WebSocket, fed by real stations connecting to the OCPP endpoint. Each
/// test uses station ids of its own and filters on them, so the tests sharing the host do not see each other's events.
/// </summary>
public sealed class EventStreamTests(EventsHostFixture fixture) : IClassFixture<EventsHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task Sse_with_a_bearer_token_streams_station_connected_then_station_disconnected()
    {
        using var client = await OperatorSession.BearerClientAsync(_host);
        await using var stream = await ServerSentEventsClient.OpenAsync(client, "/api/v1/events?stationId=CP-SSE-1");

        using (var station = await StationClient.ConnectAsync(_host, "CP-SSE-1", "ocpp1.6"))
        {
            var connected = await stream.ReadEventAsync();
            Assert.NotNull(connected);
            Assert.Equal("StationConnected", connected.Event);
            var data = JsonDocument.Parse(connected.Data).RootElement;
            Assert.Equal(connected.Id, data.Text("id"));
            Assert.Equal("StationConnected", data.Text("type"));
            Assert.Equal("CP-SSE-1", data.Text("stationId"));
            Assert.Equal("ocpp1.6", data.GetProperty("data").Text("subProtocol"));
            Assert.Equal("127.0.0.1", data.GetProperty("data").Text("remoteIp"));
            Assert.Equal(7, Guid.Parse(connected.Id!).Version);
            Assert.InRange(data.GetProperty("occurredAt").GetDateTime(), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
            Assert.EndsWith("Z", data.Text("occurredAt"), StringComparison.Ordinal);

            await station.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        }

        var disconnected = await stream.ReadEventAsync();
        Assert.NotNull(disconnected);
        Assert.Equal("StationDisconnected", disconnected.Event);
        var disconnectedData = JsonDocument.Parse(disconnected.Data).RootElement;
        Assert.Equal("CP-SSE-1", disconnectedData.Text("stationId"));
        Assert.Equal("NormalClosure", disconnectedData.GetProperty("data").Text("closeStatus"));
    }

    [Fact]
    public async Task Sse_filtered_to_another_station_gets_nothing_of_this_one()
    {
        using var client = await OperatorSession.BearerClientAsync(_host);
        await using var stream = await ServerSentEventsClient.OpenAsync(client, "/api/v1/events?stationId=CP-FILTER-WANTED");

        using var ignored = await StationClient.ConnectAsync(_host, "CP-FILTER-IGNORED", "ocpp1.6");
        using var wanted = await StationClient.ConnectAsync(_host, "CP-FILTER-WANTED", "ocpp2.0.1");

        // Events reach a subscriber in the order they were published: had the first station's event passed the
        // filter, it would arrive before this one.
        var first = await stream.ReadEventAsync();
        Assert.NotNull(first);
        Assert.Equal("CP-FILTER-WANTED", JsonDocument.Parse(first.Data).RootElement.Text("stationId"));
        Assert.Equal("StationConnected", first.Event);
    }

    [Fact]
    public async Task Sse_type_filter_accepts_a_comma_list_and_skips_other_types()
    {
        using var client = await OperatorSession.BearerClientAsync(_host);
        await using var stream = await ServerSentEventsClient.OpenAsync(client, "/api/v1/events?type=StationDisconnected,HeartbeatMissed&stationId=CP-TYPE-1");

        using (var station = await StationClient.ConnectAsync(_host, "CP-TYPE-1", "ocpp1.6"))
        {
            await station.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        }

        var first = await stream.ReadEventAsync();
        Assert.NotNull(first);
        Assert.Equal("StationDisconnected", first.Event);
    }

    [Fact]
    public async Task Sse_accepts_the_access_token_in_the_query_as_browsers_send_it()
    {
        var token = await EventsApi.AccessTokenAsync(_host);
        using var anonymous = new HttpClient { BaseAddress = _host.BaseAddress };
        await using var stream = await ServerSentEventsClient.OpenAsync(anonymous, $"/api/v1/events?stationId=CP-SSE-QUERY&access_token={token}");

        using var station = await StationClient.ConnectAsync(_host, "CP-SSE-QUERY", "ocpp1.6");

        Assert.Equal("StationConnected", (await stream.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task Sse_sends_comment_heartbeats_while_idle()
    {
        using var client = await OperatorSession.BearerClientAsync(_host);
        await using var stream = await ServerSentEventsClient.OpenAsync(client, "/api/v1/events?stationId=CP-NEVER-CONNECTS");

        Assert.Equal(": heartbeat", await stream.ReadCommentAsync(_ => true));
    }

    [Fact]
    public async Task Sse_without_credentials_is_refused_with_401_problem_details()
    {
        var response = await _host.Http.GetAsync("/api/v1/events");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Sse_with_an_unknown_event_type_is_refused_with_400_naming_the_filter()
    {
        using var client = await OperatorSession.BearerClientAsync(_host);

        var response = await client.GetAsync("/api/v1/events?type=StationConnected,StationExploded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("StationExploded", errors.GetProperty("type")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_authenticated_by_an_api_key_in_the_first_message_streams_the_stations_events()
    {
        var key = await EventsApi.ApiKeyAsync(_host, "Viewer");
        using var socket = await EventsApi.ConnectWebSocketAsync(_host);

        await socket.SendTextAsync(JsonSerializer.Serialize(new { type = "auth", token = key, stationIds = new[] { "CP-WS-1" } }));
        Assert.Equal("authenticated", (await socket.ReceiveJsonAsync()).Text("type"));

        using (var station = await StationClient.ConnectAsync(_host, "CP-WS-1", "ocpp2.0.1"))
        {
            var connected = await socket.ReceiveJsonAsync();
            Assert.Equal("StationConnected", connected.Text("type"));
            Assert.Equal("CP-WS-1", connected.Text("stationId"));
            Assert.Equal("ocpp2.0.1", connected.GetProperty("data").Text("subProtocol"));
            await station.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        }

        var disconnected = await socket.ReceiveJsonAsync();
        Assert.Equal("StationDisconnected", disconnected.Text("type"));
        Assert.Equal("CP-WS-1", disconnected.Text("stationId"));

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", StationClient.Timeout());
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task WebSocket_authenticated_by_the_access_token_query_streams_without_an_auth_message()
    {
        var token = await EventsApi.AccessTokenAsync(_host);
        using var socket = await EventsApi.ConnectWebSocketAsync(_host, $"?access_token={token}&stationId=CP-WS-QUERY");

        using var station = await StationClient.ConnectAsync(_host, "CP-WS-QUERY", "ocpp1.6");

        var connected = await socket.ReceiveJsonAsync();
        Assert.Equal("StationConnected", connected.Text("type"));
        Assert.Equal("CP-WS-QUERY", connected.Text("stationId"));
    }

    [Fact]
    public async Task WebSocket_filtered_by_type_in_the_auth_message_skips_other_types()
    {
        var token = await EventsApi.AccessTokenAsync(_host);
        using var socket = await EventsApi.ConnectWebSocketAsync(_host, "?stationId=CP-WS-TYPE");
        await socket.SendTextAsync(JsonSerializer.Serialize(new { type = "auth", token, types = new[] { "StationDisconnected" } }));
        Assert.Equal("authenticated", (await socket.ReceiveJsonAsync()).Text("type"));

        using (var station = await StationClient.ConnectAsync(_host, "CP-WS-TYPE", "ocpp1.6"))
        {
            await station.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        }

        var first = await socket.ReceiveJsonAsync();
        Assert.Equal("StationDisconnected", first.Text("type"));
        Assert.Equal("CP-WS-TYPE", first.Text("stationId"));
    }

    [Fact]
    public async Task WebSocket_with_a_bad_token_in_the_first_message_is_closed_with_1008_and_audited()
    {
        using var socket = await EventsApi.ConnectWebSocketAsync(_host);

        await socket.SendTextAsync("""{"type":"auth","token":"csk_000000000000_not-a-real-key-not-a-real-key-not-a-real-k"}""");

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await socket.ReceiveCloseAsync());
        Assert.Equal("Invalid credentials", socket.CloseStatusDescription);

        using var admin = await OperatorSession.BearerClientAsync(_host);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=events.stream.auth");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.Text("outcome").StartsWith("failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebSocket_without_an_auth_message_is_closed_with_1008_after_10_seconds()
    {
        using var socket = await EventsApi.ConnectWebSocketAsync(_host);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await socket.ReceiveCloseAsync());
        Assert.Contains("No auth message", socket.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"subscribe"}""")]
    [InlineData("""{"type":"auth"}""")]
    [InlineData("""{"type":"auth","token":"x","colour":"blue"}""")]
    [InlineData("not json")]
    public async Task WebSocket_with_a_malformed_first_message_is_closed_with_1008(string message)
    {
        using var socket = await EventsApi.ConnectWebSocketAsync(_host);

        await socket.SendTextAsync(message);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await socket.ReceiveCloseAsync());
        Assert.Contains("auth", socket.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_with_an_unknown_type_in_the_auth_message_is_closed_with_1008_naming_it()
    {
        var token = await EventsApi.AccessTokenAsync(_host);
        using var socket = await EventsApi.ConnectWebSocketAsync(_host);

        await socket.SendTextAsync(JsonSerializer.Serialize(new { type = "auth", token, types = new[] { "Teleported" } }));

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await socket.ReceiveCloseAsync());
        Assert.Contains("Teleported", socket.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_upgrade_with_invalid_header_credentials_is_refused_with_401()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("X-API-Key", "csk_000000000000_not-a-real-key-not-a-real-key-not-a-real-k");

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(EventsApi.WebSocketUri(_host), StationClient.Timeout()));
        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    [Fact]
    public async Task A_plain_get_of_the_websocket_endpoint_gets_problem_details()
    {
        var response = await _host.Http.GetAsync("/api/v1/events/ws");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
