using System.Net;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// <c>POST …/commands/get-transaction-status</c>: the exact GetTransactionStatus frame a 2.0.1 station receives (with and
/// without a transaction id), its answer passed on, a too long id refused with the field named, and Invalid for 1.6.
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class GetTransactionStatusCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task A_2_0_1_station_is_asked_for_one_transaction_or_for_its_queue_only()
    {
        await using var station = await fixture.StationAsync("CP-TXSTATUS-201", "ocpp2.0.1");

        var (sent, answer) = await RoundTripAsync(Admin, station, "get-transaction-status", new { transactionId = "tx-queued-1" },
            "GetTransactionStatus", """{"ongoingIndicator":true,"messagesInQueue":false}""");
        AssertJson("""{"transactionId":"tx-queued-1"}""", sent);
        Assert.Equal("GetTransactionStatus", answer.Text("action"));

        (sent, _) = await RoundTripAsync(Admin, station, "get-transaction-status", new { }, "GetTransactionStatus", """{"messagesInQueue":true}""");
        AssertJson("{}", sent);
    }

    [Fact]
    public async Task A_transaction_id_longer_than_36_characters_is_400_naming_it()
    {
        await using var station = await fixture.StationAsync("CP-TXSTATUS-LONG", "ocpp2.0.1");

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "get-transaction-status", new { transactionId = new string('x', 37) }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("transactionId", out _), problem.ToString());
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_1_6_station_is_refused_because_1_6_has_no_such_message()
    {
        await using var station = await fixture.StationAsync("CP-TXSTATUS-16");

        var problem = await RefusedAsync(Admin, station, "get-transaction-status", new { transactionId = "1" }, "NotImplemented");

        Assert.Contains("OCPP 1.6 has no GetTransactionStatus", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
