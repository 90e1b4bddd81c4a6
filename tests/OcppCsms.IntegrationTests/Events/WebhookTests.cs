using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>
/// Webhooks against a receiver on 127.0.0.1: signed deliveries, retries with the delivery log, and who may manage them.
/// Each test's webhook filters on station ids of its own, so the tests sharing the host do not feed each other's receivers.
/// </summary>
public sealed class WebhookTests(EventsHostFixture fixture) : IClassFixture<EventsHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_webhook_receives_the_event_signed_with_the_secret_generated_for_it_and_shown_only_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await OperatorSession.ApiKeyClientAsync(_host, "Operator");
        var created = await CreateAsync(client, new { url = receiver.Url, eventTypes = new[] { "StationConnected" }, stationIds = new[] { "CP-WH-SIGNED" } });
        var secret = created.Text("secret");
        Assert.Matches("^[0-9a-f]{64}$", secret);

        using var station = await StationClient.ConnectAsync(_host, "CP-WH-SIGNED", "ocpp1.6");
        var delivery = await receiver.NextAsync();

        Assert.Equal("StationConnected", delivery.Headers["X-Csms-Event"]);
        Assert.Equal("application/json; charset=utf-8", delivery.Headers["Content-Type"]);
        Assert.True(Guid.TryParse(delivery.Headers["X-Csms-Delivery"], out _));
        var timestamp = long.Parse(delivery.Headers["X-Csms-Timestamp"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(timestamp, DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
        Assert.Equal(Signature(secret, delivery.Headers["X-Csms-Timestamp"], delivery.Body), delivery.Headers["X-Csms-Signature"]);
        Assert.NotEqual(Signature("another-secret-0123456789", delivery.Headers["X-Csms-Timestamp"], delivery.Body), delivery.Headers["X-Csms-Signature"]);
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("StationConnected", body.Text("type"));
        Assert.Equal("CP-WH-SIGNED", body.Text("stationId"));
        Assert.Equal("ocpp1.6", body.GetProperty("data").Text("subProtocol"));

        var shown = await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{created.Text("id")}");
        Assert.Equal(receiver.Url.ToString(), shown.Text("url"));
        Assert.False(shown.TryGetProperty("secret", out _));
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/webhooks?pageSize=500");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), w => w.Text("id") == created.Text("id") && !w.TryGetProperty("secret", out _));

        var attempt = Assert.Single(await DeliveriesAsync(client, created.Text("id"), count: 1));
        Assert.Equal(delivery.Headers["X-Csms-Delivery"], attempt.Text("deliveryId"));
        Assert.Equal(body.Text("id"), attempt.Text("eventId"));
        Assert.Equal(200, attempt.GetProperty("statusCode").GetInt32());
        Assert.True(attempt.GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_three_attempts_of_one_delivery_all_in_the_delivery_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500, 500, 200);
        using var client = await OperatorSession.BearerClientAsync(_host);
        const string secret = "a-secret-chosen-by-the-operator";
        var created = await CreateAsync(client, new { url = receiver.Url, stationIds = new[] { "CP-WH-RETRY" }, eventTypes = new[] { "StationConnected" }, secret });
        Assert.Equal(secret, created.Text("secret"));

        using var station = await StationClient.ConnectAsync(_host, "CP-WH-RETRY", "ocpp1.6");
        var received = new[] { await receiver.NextAsync(), await receiver.NextAsync(), await receiver.NextAsync() };

        Assert.Equal([500, 500, 200], received.Select(r => r.AnsweredWith));
        // One delivery: the same id and body each time, each attempt signed afresh with the given secret.
        Assert.Single(received.Select(r => r.Headers["X-Csms-Delivery"]).Distinct());
        Assert.All(received, r => Assert.Equal(received[0].Body, r.Body));
        Assert.All(received, r => Assert.Equal(Signature(secret, r.Headers["X-Csms-Timestamp"], r.Body), r.Headers["X-Csms-Signature"]));

        var log = (await DeliveriesAsync(client, created.Text("id"), count: 3)).OrderBy(a => a.GetProperty("attempt").GetInt32()).ToList();
        Assert.Equal([1, 2, 3], log.Select(a => a.GetProperty("attempt").GetInt32()));
        Assert.Equal([500, 500, 200], log.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal([false, false, true], log.Select(a => a.GetProperty("succeeded").GetBoolean()));
        Assert.All(log, a => Assert.Equal(received[0].Headers["X-Csms-Delivery"], a.Text("deliveryId")));
        Assert.Contains("500", log[0].Text("error"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, log[2].GetProperty("error").ValueKind);
        Assert.All(log, a => Assert.True(a.GetProperty("durationMs").GetInt32() >= 0));
    }

    [Fact]
    public async Task A_receiver_that_cannot_be_reached_is_tried_once_more_than_the_retry_schedule_is_long()
    {
        // A port that was free a moment ago: connections are refused.
        Uri unreachable;
        await using (var closed = await WebhookReceiver.StartAsync())
        {
            unreachable = closed.Url;
        }

        using var client = await OperatorSession.BearerClientAsync(_host);
        var created = await CreateAsync(client, new { url = unreachable, stationIds = new[] { "CP-WH-DOWN" }, eventTypes = new[] { "StationConnected" } });
        using var station = await StationClient.ConnectAsync(_host, "CP-WH-DOWN", "ocpp1.6");

        // The fixture's schedule has three retries.
        var log = await DeliveriesAsync(client, created.Text("id"), count: 4);
        Assert.All(log, a => Assert.False(a.GetProperty("succeeded").GetBoolean()));
        Assert.All(log, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("statusCode").ValueKind));
        Assert.All(log, a => Assert.False(string.IsNullOrEmpty(a.Text("error"))));
        await _host.WaitForOutputAsync(line => line.Contains(created.Text("id"), StringComparison.Ordinal) && line.Contains("abandoned", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_deleted_webhook_is_gone_with_its_delivery_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await OperatorSession.BearerClientAsync(_host);
        var id = (await CreateAsync(client, new { url = receiver.Url, stationIds = new[] { "CP-WH-DELETE" } })).Text("id");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
        var again = await client.DeleteAsync($"/api/v1/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_viewer_api_key_cannot_create_webhooks()
    {
        using var viewer = await OperatorSession.ApiKeyClientAsync(_host, "Viewer");

        var response = await viewer.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/webhooks")).StatusCode);
    }

    [Fact]
    public async Task Webhooks_need_credentials()
    {
        var response = await _host.Http.GetAsync("/api/v1/webhooks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/hook"}""", "url")]
    [InlineData("""{"url":"/relative/hook"}""", "url")]
    [InlineData("""{"url":""}""", "url")]
    [InlineData("""{"url":"https://example.com/hook","eventTypes":["StationConnected","StationExploded"]}""", "eventTypes[1]")]
    [InlineData("""{"url":"https://example.com/hook","secret":"too-short"}""", "secret")]
    [InlineData("""{"url":"https://example.com/hook","stationIds":["CP-0123456789-0123456789-0123456789-0123456789-49"]}""", "stationIds[0]")]
    public async Task An_invalid_webhook_is_refused_with_400_naming_the_field(string json, string field)
    {
        using var client = await OperatorSession.BearerClientAsync(_host);

        var response = await client.PostAsync("/api/v1/webhooks", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}.");
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/webhooks", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith($"/api/v1/webhooks/{created.Text("id")}", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        return created;
    }

    /// <summary>The delivery log once it holds <paramref name="count"/> attempts: it is written in batches, just after the attempts.</summary>
    private static async Task<List<JsonElement>> DeliveriesAsync(HttpClient client, string webhookId, int count)
    {
        List<JsonElement> items = [];
        for (var poll = 0; poll < 200; poll++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{webhookId}/deliveries");
            items = page.GetProperty("items").EnumerateArray().ToList();
            if (items.Count >= count)
            {
                Assert.Equal(count, items.Count);
                return items;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The delivery log holds {items.Count} attempts after 20 s, not {count}.");
        return items;
    }

    private static string Signature(string secret, string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes($"{timestamp}."), .. body]));
}
