using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// <c>Ocpp:UnknownStations</c> other than the default Pending (which <see cref="StationHandshakeTests"/> covers): Reject
/// answers 404, Accept lets anyone in and says so at start, and a value that is none of the three stops the start.
/// </summary>
public sealed class UnknownStationPolicyTests
{
    [Fact]
    public async Task Reject_answers_404_to_an_unknown_identity_and_registers_nothing_while_registered_stations_connect()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database, ("Ocpp__UnknownStations", "Reject")));
        using var client = await OperatorSession.BearerClientAsync(host);
        var unknown = UniqueId("CP-STRANGER");
        var known = UniqueId("CP-KNOWN");
        await RegisterAsync(client, known, profile: 0);

        await AssertRefusedAsync(StationClient.Uri(host, unknown), HttpStatusCode.NotFound);

        var problem = await RefusalProblemAsync(host.Http, unknown, HttpStatusCode.NotFound);
        Assert.Equal("Unknown station", problem.Text("title"));
        await ProblemAsync(await client.GetAsync($"/api/v1/stations/{unknown}"), HttpStatusCode.NotFound);
        await AssertAcceptedAsync(StationClient.Uri(host, known));
        var logged = await LogLineAsync(host, line => line.Text("StationId") == unknown && line.Text("Outcome") == "UnknownStation");
        Assert.Equal("Warning", logged.Text("level"));
    }

    [Fact]
    public async Task Accept_registers_an_unknown_identity_as_accepted_and_warns_at_start()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database, ("Ocpp__UnknownStations", "accept")));
        using var client = await OperatorSession.BearerClientAsync(host);
        var id = UniqueId("CP-ANYONE");

        await AssertAcceptedAsync(StationClient.Uri(host, id));

        var shown = await GetAsync(client, id);
        Assert.Equal("Accepted", shown.Text("registrationStatus"));
        Assert.Equal(0, shown.GetProperty("securityProfile").GetInt32());
        var warning = await LogLineAsync(host, line => line.Text("message") is { } message && message.StartsWith("Ocpp:UnknownStations is Accept", StringComparison.Ordinal));
        Assert.Equal("Warning", warning.Text("level"));
    }

    [Theory]
    [InlineData("Sometimes")]
    [InlineData("1")]
    public async Task Any_other_value_stops_the_start_naming_the_key(string value)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Ocpp__UnknownStations", value)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains($"Ocpp:UnknownStations must be one of Reject, Pending, Accept (got '{value}').", host.AllOutput, StringComparison.Ordinal);
    }
}
