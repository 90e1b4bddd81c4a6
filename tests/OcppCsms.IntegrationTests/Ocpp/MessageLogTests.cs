using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Metrics;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Calls;
using OcppCsms.Ocpp.Server.MessageLog;
using OcppCsms.Ocpp.Server.Persistence;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>
/// The OCPP message log: every frame in and out reaches the table and the API, except the count-only actions' (Heartbeat
/// by default), with secrets redacted, and old rows go.
/// </summary>
public sealed class MessageLogTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_station_call_and_its_answer_are_listed_with_their_frames()
    {
        using var station = await StationClient.ConnectAsync(_host, "CP-LOGGED", "ocpp1.6");
        const string call = """[2,"log-1","DataTransfer",{"vendorId":"com.example"}]""";
        await station.SendTextAsync(call);
        var answer = await station.ReceiveTextAsync();

        using var operatorClient = await OperatorSession.BearerClientAsync(_host);
        var items = await WaitForMessagesAsync(operatorClient, "stationId=CP-LOGGED", 2);

        // Newest first: the answer, then the call.
        Assert.Equal(("out", "CALLRESULT", "DataTransfer", "log-1", answer), Row(items[0]));
        Assert.Equal(("in", "CALL", "DataTransfer", "log-1", call), Row(items[1]));
        Assert.Equal(Encoding.UTF8.GetByteCount(answer), items[0].GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_bad_ones_are_refused()
    {
        using var station = await StationClient.ConnectAsync(_host, "CP-FILTERED", "ocpp1.6");
        await station.SendTextAsync("""[2,"f-1","DataTransfer",{"vendorId":"com.example"}]""");
        await station.ReceiveTextAsync();
        await station.SendTextAsync("""[2,"f-2","NoSuchAction",{}]""");
        await station.ReceiveTextAsync();

        using var operatorClient = await OperatorSession.BearerClientAsync(_host);
        await WaitForMessagesAsync(operatorClient, "stationId=CP-FILTERED", 4);
        var errors = await WaitForMessagesAsync(operatorClient, "stationId=CP-FILTERED&direction=out&messageId=f-2", 1);
        var (direction, type, action, messageId, _) = Row(errors[0]);
        Assert.Equal(("out", "CALLERROR", "NoSuchAction", "f-2"), (direction, type, action, messageId));

        var bad = await operatorClient.GetAsync("/api/v1/ocpp/messages?direction=sideways&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("direction", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task A_heartbeat_is_counted_but_leaves_no_row_while_a_boot_notification_does()
    {
        var before = await Exposition.ScrapeAsync(_host.Http);
        using var station = await StationClient.ConnectAsync(_host, "CP-COUNTED", "ocpp1.6");
        await station.SendTextAsync("""[2,"c-1","Heartbeat",{}]""");
        await station.ReceiveTextAsync();
        await station.SendTextAsync("""[2,"c-2","BootNotification",{"chargePointVendor":"V","chargePointModel":"M"}]""");
        await station.ReceiveTextAsync();

        // One writer keeps the order: once the later boot's rows are there, a heartbeat row would be too.
        using var operatorClient = await OperatorSession.BearerClientAsync(_host);
        var rows = await WaitForMessagesAsync(operatorClient, "stationId=CP-COUNTED", 2);
        Assert.All(rows, row => Assert.Equal(("BootNotification", "c-2"), (row.GetProperty("action").GetString(), row.GetProperty("messageId").GetString())));

        var after = await Exposition.ScrapeAsync(_host.Http);
        (string, string)[] heartbeatsIn = [("direction", "in"), ("action", "Heartbeat"), ("protocol", "ocpp1.6")];
        Assert.True(after.Sum("ocpp_messages_total", heartbeatsIn) > before.Sum("ocpp_messages_total", heartbeatsIn));
    }

    [Theory]
    [InlineData("Heartbeat,MeterValues,StatusNotification", true)]
    [InlineData("", true)]
    [InlineData("Heartbeat,heartbeat", false)]
    public void Count_only_actions_must_be_ocpp_actions(string actions, bool valid)
    {
        var result = new MessageLogOptionsValidator().Validate(null, new MessageLogOptions { CountOnlyActions = actions });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Equal("Ocpp:MessageLog:CountOnlyActions: 'heartbeat' is no OCPP 1.6 or 2.0.1 action (names are case-sensitive).", result.FailureMessage);
        }
    }

    [Fact]
    public async Task Viewers_may_not_read_the_message_log()
    {
        using var viewer = await OperatorSession.ApiKeyClientAsync(_host, "Viewer");

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/ocpp/messages")).StatusCode);
    }

    private static async Task<JsonElement[]> WaitForMessagesAsync(HttpClient client, string query, int count)
    {
        // Rows are written in batches off the station's path: they appear shortly after the exchange.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/ocpp/messages?{query}");
            var items = page.GetProperty("items").EnumerateArray().ToArray();
            if (items.Length >= count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, items.Length);
                return items;
            }

            await Task.Delay(100);
        }
    }

    private static (string, string, string?, string, string?) Row(JsonElement item) => (
        item.GetProperty("direction").GetString()!, item.GetProperty("messageType").GetString()!, item.GetProperty("action").GetString(),
        item.GetProperty("messageId").GetString()!, item.GetProperty("frame").GetString());
}

/// <summary>The message log's parts that need the host's services: outgoing calls, redaction, retention, switching it off.</summary>
public sealed class MessageLogServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private KestrelInProcessHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new KestrelInProcessHost(_database, ("Ocpp__MessageLog__RetentionDays", "3"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_outgoing_call_is_logged_with_its_secret_redacted_and_the_answer_with_the_call_action()
    {
        using var station = StationClient.Create("ocpp1.6");
        await station.ConnectAsync(_host.StationUri("CP-SECRET"), StationClient.Timeout());
        var calls = _host.Services.GetRequiredService<StationCalls>();

        var change = calls.CallAsync("CP-SECRET", "ChangeConfiguration", """{"key":"AuthorizationKey","value":"0123456789abcdef0123"}"""u8.ToArray(), CancellationToken.None);
        var call = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        await station.SendTextAsync($$"""[3,"{{call[1].GetString()}}",{"status":"Accepted"}]""");
        Assert.IsType<CallOutcome.Answered>(await change);

        var rows = await WaitForRowsAsync("CP-SECRET", 2);
        var sent = rows.Single(r => r.Direction == LoggedMessage.Out);
        Assert.Equal((MessageTypeId.Call, "ChangeConfiguration"), ((MessageTypeId)sent.MessageType, sent.Action));
        Assert.DoesNotContain("0123456789abcdef0123", sent.Frame, StringComparison.Ordinal);
        Assert.Contains("\"AuthorizationKey\"", sent.Frame, StringComparison.Ordinal);
        var answer = rows.Single(r => r.Direction == LoggedMessage.In);
        Assert.Equal((MessageTypeId.CallResult, "ChangeConfiguration", call[1].GetString()), ((MessageTypeId)answer.MessageType, answer.Action, answer.MessageId));
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_deleted()
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<OcppDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Messages.AddRange(Row("CP-OLD", DateTime.UtcNow.AddDays(-4)), Row("CP-RECENT", DateTime.UtcNow.AddDays(-2)));
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await _host.Services.GetRequiredService<MessageLogRetention>().PruneAsync(CancellationToken.None));

        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal(["CP-RECENT"], await check.Messages.Select(m => m.StationId).ToListAsync());
    }

    private static LoggedMessage Row(string stationId, DateTime loggedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        StationId = stationId,
        Direction = LoggedMessage.In,
        MessageType = 2,
        Action = "Heartbeat",
        MessageId = "m",
        Size = 2,
        LoggedAt = loggedAt,
    };

    private async Task<List<LoggedMessage>> WaitForRowsAsync(string stationId, int count)
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<OcppDbContext>>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var rows = await db.Messages.Where(m => m.StationId == stationId).ToListAsync();
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, rows.Count);
                return rows;
            }

            await Task.Delay(100);
        }
    }
}

/// <summary>What the message log stores of the frames that carry station secrets.</summary>
public sealed class FrameRedactionTests
{
    [Theory]
    [InlineData("ChangeConfiguration", """[2,"1","ChangeConfiguration",{"key":"AuthorizationKey","value":"SECRET-1"}]""")]
    [InlineData("SetVariables", """[2,"1","SetVariables",{"setVariableData":[{"attributeValue":"SECRET-1","component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"}},{"attributeValue":"60","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}]}]""")]
    [InlineData("SetNetworkProfile", """[2,"1","SetNetworkProfile",{"configurationSlot":1,"connectionData":{"apn":{"apn":"x","apnPassword":"SECRET-1","apnAuthentication":"AUTO"},"vpn":{"server":"s","user":"u","password":"SECRET-1","key":"k","type":"IPSec"}}}]""")]
    public void Secrets_sent_to_stations_are_redacted_and_everything_else_kept(string action, string frame)
    {
        var text = FrameRedaction.Text(MessageTypeId.Call, action, Encoding.UTF8.GetBytes(frame));

        Assert.DoesNotContain("SECRET-1", text, StringComparison.Ordinal);
        Assert.Contains(FrameRedaction.Redacted, text, StringComparison.Ordinal);
        Assert.Equal(JsonDocument.Parse(frame).RootElement[2].GetString(), JsonDocument.Parse(text).RootElement[2].GetString());
        if (action == "SetVariables")
        {
            Assert.Contains("\"60\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Other_frames_are_stored_verbatim_and_long_ones_cut()
    {
        const string frame = """[2,"1","ChangeConfiguration",{"key":"HeartbeatInterval","value":"60"}]""";
        Assert.Equal(frame, FrameRedaction.Text(MessageTypeId.Call, "ChangeConfiguration", Encoding.UTF8.GetBytes(frame)));

        var large = $$"""[2,"1","DataTransfer",{"vendorId":"v","data":"{{new string('x', 100_000)}}"}]""";
        Assert.Equal(LoggedMessage.MaxStoredFrameChars, FrameRedaction.Text(MessageTypeId.Call, "DataTransfer", Encoding.UTF8.GetBytes(large)).Length);
    }
}
