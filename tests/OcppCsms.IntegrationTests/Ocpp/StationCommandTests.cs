using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>
/// Commands through the REST API and the version-neutral gateway, to real station sockets of both versions: what goes
/// over the wire, and how each way a command can end is answered.
/// </summary>
public sealed class StationCommandTests : IAsyncLifetime
{
    private AdminHost _setup = null!;

    private CsmsProcess Csms => _setup.Host;

    private HttpClient Admin => _setup.Admin;

    public async Task InitializeAsync() => _setup = await AdminHost.StartAsync(("Ocpp__CallTimeoutSeconds", "2"));

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    [Fact]
    public async Task A_reset_goes_out_in_each_version_s_terms_and_the_answer_comes_back()
    {
        using var v16 = await StationClient.ConnectAsync(Csms, "CP-RESET-16", "ocpp1.6");
        var hard = Admin.PostAsJsonAsync("/api/v1/stations/CP-RESET-16/commands/reset", new { type = "Hard" });
        await AnswerAsync(v16, "Reset", """{"type":"Hard"}""", """{"status":"Accepted"}""");
        var answer = await OkAsync(await hard);
        Assert.Equal(("Reset", "Answered", "Accepted"), (answer.GetProperty("action").GetString(), answer.GetProperty("outcome").GetString(), answer.GetProperty("status").GetString()));

        using var v201 = await StationClient.ConnectAsync(Csms, "CP-RESET-201", "ocpp2.0.1");
        var soft = Admin.PostAsJsonAsync("/api/v1/stations/CP-RESET-201/commands/reset", new { type = "Soft", evseId = 1 });
        await AnswerAsync(v201, "Reset", """{"type":"OnIdle","evseId":1}""", """{"status":"Scheduled"}""");
        Assert.Equal("Scheduled", (await OkAsync(await soft)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Trigger_message_names_the_connector_in_1_6_and_the_evse_in_2_0_1()
    {
        using var v16 = await StationClient.ConnectAsync(Csms, "CP-TRIGGER-16", "ocpp1.6");
        var first = Admin.PostAsJsonAsync("/api/v1/stations/CP-TRIGGER-16/commands/trigger-message", new { message = "StatusNotification", connectorOrEvseId = 2 });
        await AnswerAsync(v16, "TriggerMessage", """{"requestedMessage":"StatusNotification","connectorId":2}""", """{"status":"Accepted"}""");
        await OkAsync(await first);

        using var v201 = await StationClient.ConnectAsync(Csms, "CP-TRIGGER-201", "ocpp2.0.1");
        var second = Admin.PostAsJsonAsync("/api/v1/stations/CP-TRIGGER-201/commands/trigger-message", new { message = "StatusNotification", connectorOrEvseId = 2 });
        await AnswerAsync(v201, "TriggerMessage", """{"requestedMessage":"StatusNotification","evse":{"id":2}}""", """{"status":"Rejected"}""");
        Assert.Equal("Rejected", (await OkAsync(await second)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_station_that_is_away_silent_or_refusing_gets_a_problem_that_says_so()
    {
        var offline = await Admin.PostAsync("/api/v1/stations/CP-NOT-HERE/commands/clear-cache", null);
        Assert.Equal((HttpStatusCode.Conflict, "Offline"), await ProblemAsync(offline));

        using var station = await StationClient.ConnectAsync(Csms, "CP-DIFFICULT", "ocpp1.6");
        var silent = Admin.PostAsync("/api/v1/stations/CP-DIFFICULT/commands/clear-cache", null);
        await station.ReceiveTextAsync();
        Assert.Equal((HttpStatusCode.GatewayTimeout, "TimedOut"), await ProblemAsync(await silent));

        var refused = Admin.PostAsync("/api/v1/stations/CP-DIFFICULT/commands/clear-cache", null);
        var call = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        await station.SendTextAsync($$"""[4,"{{call[1].GetString()}}","NotSupported","no cache",{}]""");
        var refusal = await refused;
        Assert.Equal((HttpStatusCode.BadGateway, "CallError"), await ProblemAsync(refusal));

        var garbled = Admin.PostAsync("/api/v1/stations/CP-DIFFICULT/commands/clear-cache", null);
        call = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        await station.SendTextAsync($$"""[3,"{{call[1].GetString()}}",{"status":"Maybe"}]""");
        var wrong = await garbled;
        Assert.Equal((HttpStatusCode.BadGateway, "InvalidAnswer"), await ProblemAsync(wrong));
    }

    [Fact]
    public async Task A_command_the_version_cannot_express_is_refused_before_it_is_sent()
    {
        using var station = await StationClient.ConnectAsync(Csms, "CP-WHOLE", "ocpp1.6");

        var reset = await Admin.PostAsJsonAsync("/api/v1/stations/CP-WHOLE/commands/reset", new { type = "Soft", evseId = 1 });

        Assert.Equal((HttpStatusCode.BadRequest, "Invalid"), await ProblemAsync(reset));
        await AssertNothingSentAsync(station);
    }

    [Fact]
    public async Task A_raw_call_is_sent_verbatim_after_its_schema_check()
    {
        using var station = await StationClient.ConnectAsync(Csms, "CP-RAW", "ocpp1.6");

        var change = Admin.PostAsync("/api/v1/stations/CP-RAW/ocpp/ChangeAvailability", Json("""{"connectorId":0,"type":"Inoperative"}"""));
        await AnswerAsync(station, "ChangeAvailability", """{"connectorId":0,"type":"Inoperative"}""", """{"status":"Scheduled"}""");
        Assert.Equal("Scheduled", (await OkAsync(await change)).GetProperty("status").GetString());

        var invalid = await Admin.PostAsync("/api/v1/stations/CP-RAW/ocpp/ChangeAvailability", Json("""{"connectorId":"zero","type":"Inoperative"}"""));
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("TypeConstraintViolation", problem.GetProperty("errorCode").GetString());
        Assert.Contains("connectorId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stationAction = await Admin.PostAsync("/api/v1/stations/CP-RAW/ocpp/Heartbeat", Json("{}"));
        Assert.Equal((HttpStatusCode.BadRequest, "Invalid"), await ProblemAsync(stationAction));
        await AssertNothingSentAsync(station);
    }

    [Fact]
    public async Task Raw_calls_are_for_administrators_and_commands_for_operators()
    {
        using var operatorClient = await OperatorSession.ApiKeyClientAsync(Csms, "Operator");
        using var viewer = await OperatorSession.ApiKeyClientAsync(Csms, "Viewer");

        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsync("/api/v1/stations/CP-X/ocpp/ClearCache", Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/stations/CP-X/commands/clear-cache", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorClient.PostAsync("/api/v1/stations/CP-X/commands/clear-cache", null)).StatusCode);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static async Task AnswerAsync(ClientWebSocket station, string action, string expectedPayload, string answer)
    {
        var call = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        Assert.Equal((2, action), (call[0].GetInt32(), call[2].GetString()));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expectedPayload).RootElement, call[3]), $"sent {call[3].GetRawText()}");
        await station.SendTextAsync($$"""[3,"{{call[1].GetString()}}",{{answer}}]""");
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<(HttpStatusCode, string?)> ProblemAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.GetProperty("outcome").GetString());
    }

    private static async Task AssertNothingSentAsync(ClientWebSocket station)
    {
        var next = station.ReceiveTextAsync();
        await Task.Delay(300);
        Assert.False(next.IsCompleted, "A call reached the station.");
    }
}
