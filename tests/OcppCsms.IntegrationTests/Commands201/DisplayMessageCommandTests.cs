using System.Net;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands201;

/// <summary>The OCPP 2.0.1 display message commands (part 2 O01–O06): the exact frame sent, the answer passed on, 1.6 refused.</summary>
[Collection(CommandsCollection.Name)]
public sealed class DisplayMessageCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Set_display_message_sends_the_message_info()
    {
        await using var station = await fixture.StationAsync("CP-SETMSG", "ocpp2.0.1");
        var body = new
        {
            message = new
            {
                id = 3,
                priority = "InFront",
                state = "Charging",
                startDateTime = "2026-12-01T08:00:00Z",
                endDateTime = "2026-12-01T20:00:00Z",
                transactionId = "tx-42",
                message = new { format = "UTF8", language = "nl", content = "Welkom" },
                display = new { name = "Display", instance = "front" },
            },
        };
        var (sent, _) = await RoundTripAsync(Admin, station, "set-display-message", body, "SetDisplayMessage", """{"status":"Accepted"}""");
        AssertJson("""
            {"message":{"id":3,"priority":"InFront","state":"Charging","startDateTime":"2026-12-01T08:00:00.000Z","endDateTime":"2026-12-01T20:00:00.000Z",
             "transactionId":"tx-42","message":{"format":"UTF8","language":"nl","content":"Welkom"},"display":{"name":"Display","instance":"front"}}}
            """, sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "set-display-message",
            new { message = new { id = 4, priority = "NormalCycle", message = new { format = "ASCII", content = "" } } }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("message.message.content", out _), problem.GetRawText());
    }

    [Fact]
    public async Task Get_display_messages_allocates_a_requestId_and_clear_display_message_names_the_id()
    {
        await using var station = await fixture.StationAsync("CP-GETMSG", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "get-display-messages", new { id = new[] { 1, 3 }, priority = "AlwaysFront", state = "Idle" },
            "GetDisplayMessages", """{"status":"Unknown"}""");
        AssertJson($$$"""{"id":[1,3],"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"priority":"AlwaysFront","state":"Idle"}""", sent);

        (sent, _) = await RoundTripAsync(Admin, station, "clear-display-message", new { id = 3 }, "ClearDisplayMessage", """{"status":"Accepted"}""");
        AssertJson("""{"id":3}""", sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "clear-display-message", new { }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_1_6_station_gets_no_display_message()
    {
        await using var station = await fixture.StationAsync("CP-MSG-16");
        var problem = await RefusedAsync(Admin, station, "clear-display-message", new { id = 1 }, "NotImplemented");
        Assert.Contains("OCPP 1.6 has no ClearDisplayMessage", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
