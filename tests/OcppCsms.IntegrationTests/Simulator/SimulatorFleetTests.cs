using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Simulator;

/// <summary>
/// The simulator (issue #9) against the real host: a mixed fleet of 1.6 and 2.0.1 stations registers itself through the
/// API, boots, charges and completes transactions the operator API shows; a remote start and stop over REST really
/// start and stop a session on an idle simulated station of each version.
/// </summary>
public sealed class SimulatorFleetTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task A_mixed_fleet_registers_itself_boots_and_completes_transactions_with_energy()
    {
        var client = await fixture.OperatorAsync();
        var prefix = StationApi.UniqueId("SIMF") + "-";
        var idTag = StationApi.UniqueId("TAG");
        var passwords = Path.GetTempFileName();
        await File.WriteAllTextAsync(passwords, "# one password for the whole fleet\nsimulated-fleet-password-01\n");
        var apiKey = await SimulatorRun.OperatorApiKeyAsync(fixture.Host);
        string[] ids = [$"{prefix}00001", $"{prefix}00002", $"{prefix}00003", $"{prefix}00004"];
        string output;
        try
        {
            await using var run = SimulatorRun.Start(fixture.Host,
                "--stations", "4", "--protocol", "mixed", "--connectors", "1", "--id-prefix", prefix, "--id-tag", idTag,
                "--password-file", passwords, "--register", "--api-key", apiKey,
                "--meter-interval", "1", "--heartbeat-interval", "2", "--session-minutes", "0.15", "--duration", "20", "--ramp", "20");

            // Registered with the password (profile 1), connected with Basic auth, each in its version, Accepted.
            foreach (var (id, protocol) in ids.Zip(["ocpp1.6", "ocpp2.0.1", "ocpp1.6", "ocpp2.0.1"]))
            {
                var station = await ConnectedAsync(client, id, run);
                Assert.Equal(("Accepted", protocol, 1, true), (station.Text("registrationStatus"), station.Text("protocol"),
                    station.GetProperty("securityProfileInUse").GetInt32(), station.GetProperty("hasPassword").GetBoolean()));
                Assert.Equal(protocol, station.GetProperty("boot").Text("protocol"));
            }

            await run.EndAsync(TimeSpan.FromSeconds(45));
            output = run.Output;
        }
        finally
        {
            File.Delete(passwords);
        }

        // Every station completed a transaction that delivered energy; none is left running after the run's end.
        foreach (var id in ids)
        {
            var own = await ListAsync(client, $"stationId={Uri.EscapeDataString(id)}");
            Assert.True(own.Any(t => t.Text("status") == "Completed" && t.Number("energyWh") > 0), $"{id}: no completed transaction with energy\n{output}");
            Assert.DoesNotContain(own, t => t.Text("status") == "Active");
        }
    }

    /// <summary>The station once the simulator has registered, connected and booted it.</summary>
    private static async Task<JsonElement> ConnectedAsync(HttpClient client, string id, SimulatorRun run)
    {
        JsonElement? station = null;
        await run.UntilAsync(async () => (station = await SimulatorRun.StationAsync(client, id)) is { } s
            && s.GetProperty("connected").GetBoolean() && s.TryGetProperty("boot", out _), $"{id} connected and booted");
        return station!.Value;
    }

    [Fact]
    public async Task Remote_start_and_stop_over_rest_start_and_stop_a_session_on_an_idle_simulated_station_of_each_version()
    {
        var client = await fixture.OperatorAsync();
        var prefix = StationApi.UniqueId("SIMR") + "-";
        var tagPrefix = StationApi.UniqueId("TAG");
        var apiKey = await SimulatorRun.OperatorApiKeyAsync(fixture.Host);
        // Sessions of up to 10 hours start after a pause of at least an hour: the stations stay idle unless told otherwise.
        await using var run = SimulatorRun.Start(fixture.Host,
            "--stations", "2", "--protocol", "mixed", "--connectors", "1", "--id-prefix", prefix, "--id-tag", tagPrefix,
            "--register", "--api-key", apiKey, "--meter-interval", "1", "--session-minutes", "600", "--duration", "50");

        foreach (var (id, idTag) in new[] { ($"{prefix}00001", $"{tagPrefix}00001"), ($"{prefix}00002", $"{tagPrefix}00002") })
        {
            await ConnectedAsync(client, id, run);
            // The status report after the boot tells the CSMS the connector is free; the command waits for nothing else.
            await Poll.ForAsync(() => StationApi.GetAsync(client, id),
                s => s.GetProperty("connectors").EnumerateArray().Any(c => c.Text("status") == "Available"), $"{id} connector reported\n{run.Output}");

            var started = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/stations/{id}/commands/remote-start", new { idTag, connectorId = 1 }), HttpStatusCode.OK);
            Assert.Equal("Accepted", started.Text("status"));
            var active = await Poll.ForAsync(() => ListAsync(client, $"stationId={id}&status=Active"), t => t.Count == 1, $"{id} transaction active\n{run.Output}");

            // Busy now: a second start on the same connector is refused by the station.
            var refused = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/stations/{id}/commands/remote-start", new { idTag, connectorId = 1 }), HttpStatusCode.OK);
            Assert.Equal("Rejected", refused.Text("status"));

            var transactionId = active[0].Text("transactionId");
            var stopped = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/stations/{id}/commands/remote-stop", new { transactionId }), HttpStatusCode.OK);
            Assert.Equal("Accepted", stopped.Text("status"));
            var completed = await Poll.ForAsync(() => ListAsync(client, $"stationId={id}&status=Completed"), t => t.Count == 1, $"{id} transaction completed\n{run.Output}");
            Assert.Equal("Remote", completed[0].Text("stopReason"));
        }
    }
}
