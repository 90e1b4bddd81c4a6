using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Simulator;

/// <summary>
/// --offline-after / --offline-for against the real host: the connection drops during a session, the session goes on,
/// its meter values wait in the station's queue and reach the CSMS after the reconnect (OCPP 1.6 §3.7, 2.0.1 E "offline"),
/// and the transaction completes with every 2.0.1 event accounted for.
/// </summary>
public sealed class SimulatorOutageTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task Meter_values_of_an_outage_are_replayed_after_the_reconnect_and_the_transaction_completes()
    {
        var client = await fixture.OperatorAsync();
        var prefix = StationApi.UniqueId("SIMO") + "-";
        var tagPrefix = StationApi.UniqueId("TAG");
        var apiKey = await SimulatorRun.OperatorApiKeyAsync(fixture.Host);
        (string Id, string Tag)[] stations = [($"{prefix}00001", $"{tagPrefix}00001"), ($"{prefix}00002", $"{tagPrefix}00002")];
        await using var run = SimulatorRun.Start(fixture.Host,
            "--stations", "2", "--protocol", "mixed", "--connectors", "1", "--id-prefix", prefix, "--id-tag", tagPrefix,
            "--register", "--api-key", apiKey, "--meter-interval", "1", "--session-minutes", "600", "--duration", "50",
            "--offline-after", "8", "--offline-for", "4", "--retry-backoff-wait-minimum", "0", "--retry-backoff-random-range", "1");

        foreach (var (id, tag) in stations)
        {
            await run.UntilAsync(async () => await SimulatorRun.StationAsync(client, id) is { } s && s.GetProperty("connected").GetBoolean(), $"{id} connected");
            await run.UntilAsync(async () => (await SimulatorRun.StationAsync(client, id))!.Value.GetProperty("connectors").EnumerateArray().Any(c => c.Text("status") == "Available"),
                $"{id} reported Available");
            var started = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/stations/{id}/commands/remote-start", new { idTag = tag, connectorId = 1 }), HttpStatusCode.OK);
            Assert.Equal("Accepted", started.Text("status"));
        }

        // The outage: both stations drop, stay away, and come back without a new BootNotification.
        var outageSeen = DateTime.UtcNow;
        foreach (var (id, _) in stations)
        {
            await run.UntilAsync(async () => !(await SimulatorRun.StationAsync(client, id))!.Value.GetProperty("connected").GetBoolean(), $"{id} offline");
        }

        foreach (var (id, _) in stations)
        {
            await run.UntilAsync(async () => (await SimulatorRun.StationAsync(client, id))!.Value.GetProperty("connected").GetBoolean(), $"{id} back online");
        }

        var backOnline = DateTime.UtcNow;
        foreach (var (id, _) in stations)
        {
            var transaction = Assert.Single(await ListAsync(client, $"stationId={id}&status=Active"));
            // Samples taken while the CSMS could not hear the station arrived after the reconnect, in the station's order.
            await run.UntilAsync(async () => (await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64()))
                .Any(v => Timestamp(v) > outageSeen.AddSeconds(1) && Timestamp(v) < backOnline.AddSeconds(-1)), $"{id} outage samples replayed");
            var samples = (await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64())).Where(v => v.Text("measurand") == "Energy.Active.Import.Register").ToList();
            var registers = samples.OrderBy(Timestamp).Select(v => decimal.Parse(v.Text("value")!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(registers.Order(), registers);

            var stopped = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/stations/{id}/commands/remote-stop", new { transactionId = transaction.Text("transactionId") }), HttpStatusCode.OK);
            Assert.Equal("Accepted", stopped.Text("status"));
            await run.UntilAsync(async () => (await ListAsync(client, $"stationId={id}&status=Completed")).Count == 1, $"{id} completed");
            var completed = await GetAsync(client, transaction.GetProperty("id").GetInt64());
            Assert.True(completed.Number("energyWh") > 0, completed.ToString());
            if (completed.GetProperty("eventsComplete").ValueKind != JsonValueKind.Null)
            {
                Assert.True(completed.GetProperty("eventsComplete").GetBoolean(), $"2.0.1 seqNo gap: {completed}");
            }
        }
    }

    private static DateTime Timestamp(JsonElement sample) => sample.GetProperty("timestamp").GetDateTime().ToUniversalTime();
}
