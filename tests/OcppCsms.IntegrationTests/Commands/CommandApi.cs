using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>Commands over REST as the tests send them, and the checks every answer of the gateway must pass.</summary>
internal static class CommandApi
{
    public static string Route(string stationId, string command) => $"/api/v1/stations/{Uri.EscapeDataString(stationId)}/commands/{command}";

    /// <summary>POSTs a command; a body given as a string is sent as that JSON text, anything else serialised (camelCase).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string stationId, string command, object? body) => body switch
    {
        null => client.PostAsync(Route(stationId, command), null),
        string json => client.PostAsync(Route(stationId, command), new StringContent(json, Encoding.UTF8, "application/json")),
        _ => client.PostAsJsonAsync(Route(stationId, command), body),
    };

    /// <summary>
    /// Sends the command, lets the station answer the CALL it receives with <paramref name="stationAnswer"/> (JSON text),
    /// and checks the 200: the action, Answered, the station's status word and its whole answer. Returns the CALL's
    /// payload and the 200 body.
    /// </summary>
    public static async Task<(JsonElement Sent, JsonElement Answer)> RoundTripAsync(
        HttpClient client, TestStation station, string command, object? body, string action, string stationAnswer)
    {
        var posting = PostAsync(client, station.Id, command, body);
        var call = await station.AnswerNextAsync(action, stationAnswer);
        var answer = await JsonAsync(await posting, HttpStatusCode.OK);
        var expected = JsonDocument.Parse(stationAnswer).RootElement;
        Assert.Equal(action, answer.GetProperty("action").GetString());
        Assert.Equal("Answered", answer.GetProperty("outcome").GetString());
        Assert.Equal(expected.TryGetProperty("status", out var status) ? status.GetString() : null, answer.GetProperty("status").GetString());
        AssertJson(stationAnswer, answer.GetProperty("response"));
        return (call.Payload, answer);
    }

    /// <summary>A command refused before it was sent: 400 with outcome Invalid, the error code, and nothing reached the station.</summary>
    public static async Task<JsonElement> RefusedAsync(HttpClient client, TestStation station, string command, object body, string errorCode)
    {
        var problem = await ProblemAsync(await PostAsync(client, station.Id, command, body), HttpStatusCode.BadRequest);
        Assert.Equal("Invalid", problem.GetProperty("outcome").GetString());
        Assert.Equal(errorCode, problem.GetProperty("errorCode").GetString());
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "A refused command reached the station.");
        return problem;
    }

    public static void AssertJson(string expected, JsonElement actual) =>
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, actual), $"Expected {expected}, got {actual.GetRawText()}");
}
