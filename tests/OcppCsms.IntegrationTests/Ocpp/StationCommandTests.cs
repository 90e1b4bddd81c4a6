using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Commands;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>
/// The gateway underneath the typed commands (Commands/): the raw passthrough of any action of the station's version,
/// who may use it, and an answer that breaks the schema.
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class StationCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task A_raw_call_is_sent_verbatim_after_its_schema_check()
    {
        await using var station = await fixture.StationAsync("CP-RAW");

        var change = Admin.PostAsync($"/api/v1/stations/{station.Id}/ocpp/ChangeAvailability", Json("""{"connectorId":0,"type":"Inoperative"}"""));
        var call = await station.AnswerNextAsync("ChangeAvailability", """{"status":"Scheduled"}""");
        CommandApi.AssertJson("""{"connectorId":0,"type":"Inoperative"}""", call.Payload);
        Assert.Equal("Scheduled", (await JsonAsync(await change, HttpStatusCode.OK)).GetProperty("status").GetString());

        var invalid = await ProblemAsync(await Admin.PostAsync($"/api/v1/stations/{station.Id}/ocpp/ChangeAvailability", Json("""{"connectorId":"zero","type":"Inoperative"}""")),
            HttpStatusCode.BadRequest);
        Assert.Equal("TypeConstraintViolation", invalid.GetProperty("errorCode").GetString());
        Assert.Contains("connectorId", invalid.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stationAction = await ProblemAsync(await Admin.PostAsync($"/api/v1/stations/{station.Id}/ocpp/Heartbeat", Json("{}")), HttpStatusCode.BadRequest);
        Assert.Equal(("Invalid", "NotImplemented"), (stationAction.GetProperty("outcome").GetString(), stationAction.GetProperty("errorCode").GetString()));
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "A refused call reached the station.");
    }

    [Fact]
    public async Task An_answer_that_breaks_the_schema_is_502()
    {
        await using var station = await fixture.StationAsync("CP-GARBLED");

        var garbled = Admin.PostAsync($"/api/v1/stations/{station.Id}/commands/clear-cache", null);
        await station.AnswerNextAsync("ClearCache", """{"status":"Maybe"}""");
        var problem = await ProblemAsync(await garbled, HttpStatusCode.BadGateway);

        Assert.Equal(("InvalidAnswer", "PropertyConstraintViolation"), (problem.GetProperty("outcome").GetString(), problem.GetProperty("errorCode").GetString()));
    }

    [Fact]
    public async Task When_the_caller_gives_up_waiting_the_station_s_answer_is_still_kept()
    {
        await using var station = await fixture.StationAsync("CP-IMPATIENT");
        using var impatient = new CancellationTokenSource();

        var read = Admin.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/get-configuration", new { }, impatient.Token);
        var call = await station.ReceiveCallAsync("GetConfiguration");
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        // The station answers after its operator left: the configuration it reports is the CSMS's to keep all the same.
        await station.AnswerAsync(call, """{"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"120"}]}""");

        var keys = await Poll.ForAsync(() => Stations.StationStateApi.ConfigurationAsync(Admin, station.Id), found => found.Count == 1, "The kept configuration");
        Assert.Equal("120", keys["HeartbeatInterval"].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Raw_calls_are_for_administrators_and_commands_for_operators()
    {
        using var operatorClient = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Operator");
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer");

        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsync("/api/v1/stations/CP-X/ocpp/ClearCache", Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/stations/CP-X/commands/clear-cache", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorClient.PostAsync("/api/v1/stations/CP-X/commands/clear-cache", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Admin.PostAsJsonAsync("/api/v1/stations/CP-X/ocpp/ClearCache", new { })).StatusCode);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
