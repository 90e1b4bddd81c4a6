using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// OCPP 1.6 StartTransaction, MeterValues and StopTransaction from a real station connection, and what the transactions
/// API shows of them: the idempotency rules (repeated start, repeated stop, unknown transaction), offline replay with the
/// station's old timestamps, out-of-order meter values, and starts with tags the CSMS does not accept.
/// </summary>
public sealed class TransactionMessageTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private async Task<(TestStation Station, HttpClient Operator)> ConnectAsync(string prefix)
    {
        var client = await fixture.OperatorAsync();
        var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId(prefix));
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Tx" });
        return (station, client);
    }

    [Fact]
    public async Task A_start_sent_again_gets_the_same_transaction_id_and_nothing_new_is_recorded()
    {
        var (station, client) = await ConnectAsync("CP-TX-RETRY");
        await using var _ = station;
        var start = Start(connectorId: 1, "RETRY-TAG", meterStart: 1200, DateTime.UtcNow.AddMinutes(-3));

        var first = await station.CallAsync("StartTransaction", start);
        var second = await station.CallAsync("StartTransaction", start);

        Assert.Equal(first.GetProperty("transactionId").GetInt32(), second.GetProperty("transactionId").GetInt32());
        Assert.Equal(first.GetProperty("idTagInfo").ToString(), second.GetProperty("idTagInfo").ToString());
        Assert.Single(await ListAsync(client, $"stationId={station.Id}"));

        // Any field that differs makes it another start (here: one Wh more on the meter).
        var other = await station.CallAsync("StartTransaction", Start(connectorId: 1, "RETRY-TAG", meterStart: 1201, DateTime.UtcNow.AddMinutes(-3)));
        Assert.NotEqual(first.GetProperty("transactionId").GetInt32(), other.GetProperty("transactionId").GetInt32());
        Assert.Equal(2, (await ListAsync(client, $"stationId={station.Id}")).Count);
    }

    [Fact]
    public async Task A_start_with_an_unknown_tag_is_recorded_and_answered_invalid()
    {
        var (station, client) = await ConnectAsync("CP-TX-INVALID");
        await using var _ = station;
        var startedAt = DateTime.UtcNow.AddMinutes(-1);

        var answer = await station.CallAsync("StartTransaction", Start(connectorId: 2, "NOBODY-KNOWS-ME", meterStart: 50, startedAt));

        Assert.Equal("Invalid", answer.GetProperty("idTagInfo").GetProperty("status").GetString());
        var transaction = await FindAsync(client, station.Id, answer.GetProperty("transactionId").GetInt32());
        Assert.Equal("Active", transaction.Text("status"));
        Assert.Equal("Invalid", transaction.Text("idTagStatus"));
        Assert.Equal("NOBODY-KNOWS-ME", transaction.Text("idTag"));
        Assert.Equal(2, transaction.GetProperty("connectorId").GetInt32());
        Assert.False(transaction.GetProperty("orphan").GetBoolean());
        Assert.Equal(JsonValueKind.Null, transaction.GetProperty("cost").ValueKind);
    }

    [Fact]
    public async Task A_repeated_stop_is_answered_alike_and_changes_nothing()
    {
        var (station, client) = await ConnectAsync("CP-TX-STOP");
        await using var _ = station;
        var startedAt = DateTime.UtcNow.AddMinutes(-30);
        var transactionId = await StartAsync(station, 1, "STOP-TAG", meterStart: 10_000, startedAt);
        var stop = new
        {
            transactionId,
            meterStop = 14_250,
            timestamp = At(startedAt.AddMinutes(25)),
            idTag = "STOP-TAG",
            reason = "EVDisconnected",
            transactionData = new[]
            {
                new { timestamp = At(startedAt), sampledValue = new[] { new { value = "10000", context = "Transaction.Begin" } } },
                new { timestamp = At(startedAt.AddMinutes(25)), sampledValue = new[] { new { value = "14250", context = "Transaction.End" } } },
            },
        };

        var first = await station.CallAsync("StopTransaction", stop);
        var completed = await FindAsync(client, station.Id, transactionId);
        var second = await station.CallAsync("StopTransaction", stop);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal("Invalid", first.GetProperty("idTagInfo").GetProperty("status").GetString());
        var again = await FindAsync(client, station.Id, transactionId);
        Assert.Equal(Recorded(completed), Recorded(again));
        Assert.Equal("Completed", again.Text("status"));
        Assert.Equal(4250m, again.Number("energyWh"));
        Assert.Equal("EVDisconnected", again.Text("stopReason"));
        Assert.Equal("STOP-TAG", again.Text("stopIdTag"));
        var values = await MeterValuesAsync(client, again.GetProperty("id").GetInt64());
        Assert.Equal(["Transaction.Begin", "Transaction.End"], values.Select(v => v.Text("context")));
        Assert.All(values, v => Assert.Equal(("Energy.Active.Import.Register", "Wh", "Outlet", "Raw"), (v.Text("measurand"), v.Text("unit"), v.Text("location"), v.Text("format"))));
    }

    [Fact]
    public async Task A_stop_for_an_unknown_transaction_is_answered_and_kept_as_an_orphan()
    {
        var (station, client) = await ConnectAsync("CP-TX-ORPHAN");
        await using var _ = station;
        var stoppedAt = DateTime.UtcNow.AddHours(-2);
        var stop = new { transactionId = 4711, meterStop = 900, timestamp = At(stoppedAt) };

        var answer = await station.CallAsync("StopTransaction", stop);
        await station.CallAsync("StopTransaction", stop);

        Assert.False(answer.TryGetProperty("idTagInfo", out var idTagInfo), $"No idTag, so no idTagInfo: {idTagInfo}");
        var orphan = Assert.Single(await ListAsync(client, $"stationId={station.Id}&status=Orphaned"));
        Assert.True(orphan.GetProperty("orphan").GetBoolean());
        Assert.Equal("4711", orphan.Text("transactionId"));
        Assert.Equal(900m, orphan.Number("meterStop"));
        Assert.Equal("Local", orphan.Text("stopReason"));
        Assert.Equal(stoppedAt, orphan.GetProperty("stoppedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(JsonValueKind.Null, orphan.GetProperty("startedAt").ValueKind);
        Assert.Empty(await ListAsync(client, $"stationId={station.Id}&status=Active"));
        await LogLineAsync(fixture.Host, line => line.Text("level") == "Warning" && line.Text("StationId") == station.Id && line.Text("TransactionId") == "4711");
    }

    [Fact]
    public async Task An_offline_session_replayed_later_keeps_the_station_timestamps()
    {
        var (station, client) = await ConnectAsync("CP-TX-OFFLINE");
        await using var _ = station;
        var startedAt = DateTime.UtcNow.AddDays(-1).AddMilliseconds(-DateTime.UtcNow.Millisecond).AddMilliseconds(123);

        var transactionId = await StartAsync(station, 1, "OFFLINE-TAG", meterStart: 1_000, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(30), "3000"));
        await station.CallAsync("StopTransaction", new { transactionId, meterStop = 5_000, timestamp = At(startedAt.AddHours(1)), reason = "Local" });

        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal(startedAt, transaction.GetProperty("startedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(startedAt.AddHours(1), transaction.GetProperty("stoppedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        Assert.True(transaction.GetProperty("startReceivedAt").GetDateTime() > startedAt.AddHours(23), "received now, not when it started");
        Assert.Equal(4_000m, transaction.Number("energyWh"));
        Assert.Equal(5_000m, transaction.Number("latestEnergyWh"));
        var values = await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64());
        Assert.Equal(2, values.Count);
        Assert.All(values, v => Assert.Equal(startedAt.AddMinutes(30), v.GetProperty("timestamp").GetDateTime(), TimeSpan.FromMilliseconds(1)));
        Assert.Contains(values, v => v.Text("measurand") == "Voltage" && v.Text("phase") == "L1-N" && v.Text("unit") == "V" && v.Text("value") == "230.1");
        Assert.Single(await ListAsync(client, $"stationId={station.Id}&from={At(startedAt.AddMinutes(-1))}&to={At(startedAt.AddMinutes(1))}"));
        Assert.Empty(await ListAsync(client, $"stationId={station.Id}&from={At(startedAt.AddMinutes(1))}"));
    }

    [Fact]
    public async Task Meter_values_out_of_order_keep_the_newest_register_reading()
    {
        var (station, client) = await ConnectAsync("CP-TX-ORDER");
        await using var _ = station;
        var startedAt = DateTime.UtcNow.AddHours(-1);
        var transactionId = await StartAsync(station, 1, "ORDER-TAG", meterStart: 0, startedAt);

        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(20), "2000"));
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(10), "1000"));
        var afterOlder = await FindAsync(client, station.Id, transactionId);
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(30), "3.5", unit: "kWh"));
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(25), "2.9", unit: "kWh"));
        var transaction = await FindAsync(client, station.Id, transactionId);

        Assert.Equal(2_000m, afterOlder.Number("latestEnergyWh"));
        Assert.Equal(startedAt.AddMinutes(20), afterOlder.GetProperty("latestEnergyAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(3_500m, transaction.Number("latestEnergyWh"));
        Assert.Equal(startedAt.AddMinutes(30), transaction.GetProperty("latestEnergyAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(3_500m, transaction.Number("energyWh"));
        var energy = (await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64())).Where(v => v.Text("measurand") == "Energy.Active.Import.Register");
        Assert.Equal(["1000", "2000", "2.9", "3.5"], energy.Select(v => v.Text("value")));
    }

    [Fact]
    public async Task Meter_values_from_many_stations_at_once_are_all_stored_before_they_are_answered()
    {
        var startedAt = DateTime.UtcNow.AddMinutes(-20);

        var sessions = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            var (station, client) = await ConnectAsync("CP-TX-BURST");
            await using var __ = station;
            var transactionId = await StartAsync(station, 1, "BURST-TAG", meterStart: 0, startedAt);
            foreach (var minute in Enumerable.Range(1, 5))
            {
                await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(minute), $"{minute * 100}"));
            }

            // Answered means committed: no waiting is needed to find every value.
            var transaction = await FindAsync(client, station.Id, transactionId);
            return (Transaction: transaction, Values: await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64()));
        }));

        Assert.All(sessions, session =>
        {
            Assert.Equal(10, session.Values.Count);
            Assert.Equal(500m, session.Transaction.Number("latestEnergyWh"));
        });
    }

    [Fact]
    public async Task The_transactions_api_answers_problems_for_unknown_ids_bad_filters_and_missing_credentials()
    {
        var client = await fixture.OperatorAsync();

        await ProblemAsync(await client.GetAsync("/api/v1/transactions/987654321"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/api/v1/transactions/987654321/meter-values"), HttpStatusCode.NotFound);
        Assert.Equal(["sort"], ErrorFields(await ProblemAsync(await client.GetAsync("/api/v1/transactions?sort=energy"), HttpStatusCode.BadRequest)));
        Assert.Equal(["to"], ErrorFields(await ProblemAsync(
            await client.GetAsync("/api/v1/transactions?from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z"), HttpStatusCode.BadRequest)));
        Assert.Equal(["pageSize"], ErrorFields(await ProblemAsync(await client.GetAsync("/api/v1/transactions?pageSize=501"), HttpStatusCode.BadRequest)));
        var badStatus = await ProblemAsync(await client.GetAsync("/api/v1/transactions?status=Running"), HttpStatusCode.BadRequest);
        Assert.Contains("status", badStatus.ToString(), StringComparison.Ordinal);

        using var anonymous = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        await ProblemAsync(await anonymous.GetAsync("/api/v1/transactions"), HttpStatusCode.Unauthorized);
        using var wrong = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await ProblemAsync(await wrong.GetAsync("/api/v1/transactions/1"), HttpStatusCode.Unauthorized);
    }

    /// <summary>The transaction as recorded: without <c>billing</c>, which the billing run moves on by itself meanwhile.</summary>
    private static string Recorded(JsonElement transaction)
    {
        var recorded = JsonNode.Parse(transaction.GetRawText())!.AsObject();
        recorded.Remove("billing");
        return recorded.ToJsonString();
    }
}
