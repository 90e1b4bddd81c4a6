using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// OCPP 2.0.1 TransactionEvent from a real 2.0.1 station connection, and what the transactions API shows of it: a full
/// session, copies of an event, an offline queue replayed out of order, and events of a transaction never started.
/// </summary>
public sealed class TransactionEventTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private async Task<(TestStation Station, HttpClient Operator)> ConnectAsync(string prefix)
    {
        var client = await fixture.OperatorAsync();
        var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId(prefix), "ocpp2.0.1");
        return (station, client);
    }

    [Fact]
    public async Task A_full_session_shows_its_exact_energy_and_answers_idTokenInfo_where_an_idToken_came()
    {
        var (station, client) = await ConnectAsync("CP-TE-FULL");
        await using var _ = station;
        var idToken = UniqueTag("TE-FULL");
        await CreateTagAsync(client, idToken);
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddMinutes(-40);

        var started = await station.CallAsync("TransactionEvent",
            Event("Started", 0, transactionId, startedAt, 52_340m, idToken, remoteStartId: 4711, triggerReason: "Authorized", chargingState: "Charging"));
        // A reading in kWh with a multiplier: 532.1 × 10^-1 kWh, kept as 53.21 kWh (53210 Wh).
        var updated = await station.CallAsync("TransactionEvent", Event("Updated", 1, transactionId, startedAt.AddMinutes(20), 532.1m, unit: "kWh", multiplier: -1));
        var ended = await station.CallAsync("TransactionEvent",
            Event("Ended", 2, transactionId, startedAt.AddMinutes(40), 61_877m, idToken, stoppedReason: "EVDisconnected", triggerReason: "EVCommunicationLost"));

        Assert.Equal("Accepted", started.GetProperty("idTokenInfo").Text("status"));
        Assert.Equal("{}", updated.ToString());
        Assert.Equal("Accepted", ended.GetProperty("idTokenInfo").Text("status"));
        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal("Completed", transaction.Text("status"));
        Assert.Equal(9_537m, transaction.Number("energyWh"));
        Assert.Equal(52_340m, transaction.Number("meterStart"));
        Assert.Equal(61_877m, transaction.Number("meterStop"));
        Assert.Equal(startedAt.AddTicks(-(startedAt.Ticks % TimeSpan.TicksPerMillisecond)), transaction.GetProperty("startedAt").GetDateTime());
        Assert.Equal(idToken, transaction.Text("idTag"));
        Assert.Equal("Accepted", transaction.Text("idTagStatus"));
        Assert.Equal("EVDisconnected", transaction.Text("stopReason"));
        Assert.Equal(idToken, transaction.Text("stopIdTag"));
        Assert.Equal(4711, transaction.GetProperty("remoteStartId").GetInt32());
        Assert.Equal(1, transaction.GetProperty("evseId").GetInt32());
        Assert.Equal(1, transaction.GetProperty("connectorId").GetInt32());
        Assert.True(transaction.GetProperty("eventsComplete").GetBoolean());
        Assert.False(transaction.GetProperty("orphan").GetBoolean());
        var values = await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64());
        Assert.Equal(6, values.Count);
        Assert.Contains(values, v => v.Text("value") == "53.21" && v.Text("unit") == "kWh");
        Assert.Contains(values, v => v.Text("measurand") == "Voltage" && v.Text("phase") == "L1-N" && v.Text("unit") == "V");
    }

    [Fact]
    public async Task Only_a_Started_event_is_answered_ConcurrentTx_for_a_token_in_a_running_transaction()
    {
        var (station, client) = await ConnectAsync("CP-TE-CONCURRENT");
        await using var _ = station;
        var idToken = UniqueTag("TE-CONC");
        await CreateTagAsync(client, idToken);
        var running = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddMinutes(-20);
        await station.CallAsync("TransactionEvent", Event("Started", 0, running, startedAt, 0m, idToken, triggerReason: "Authorized"));

        // E07.FR.02: the same token ends the authorization of its own running transaction.
        var stopAuthorized = await station.CallAsync("TransactionEvent",
            Event("Updated", 1, running, startedAt.AddMinutes(10), 2_000m, idToken, triggerReason: "StopAuthorized"));
        // On another EVSE: a Started event on the running transaction's own connector would supersede it.
        var otherStart = Event("Started", 0, NewTransactionId(), startedAt.AddMinutes(11), 0m, idToken);
        otherStart["evse"] = new { id = 2, connectorId = 1 };
        var other = await station.CallAsync("TransactionEvent", otherStart);

        Assert.Equal("Accepted", stopAuthorized.GetProperty("idTokenInfo").Text("status"));
        Assert.Equal("ConcurrentTx", other.GetProperty("idTokenInfo").Text("status"));
    }

    [Fact]
    public async Task A_copy_of_an_event_is_answered_alike_and_stored_once()
    {
        var (station, client) = await ConnectAsync("CP-TE-COPY");
        await using var _ = station;
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddMinutes(-10);
        var start = Event("Started", 0, transactionId, startedAt, 100m, idToken: "TE-UNKNOWN-TOKEN");

        var first = await station.CallAsync("TransactionEvent", start);
        var second = await station.CallAsync("TransactionEvent", start);
        await station.CallAsync("TransactionEvent", Event("Updated", 1, transactionId, startedAt.AddMinutes(5), 600m));
        // Same seqNo, other values: a copy all the same (seqNo names the event, OCPP 2.0.1 E01.FR.07).
        await station.CallAsync("TransactionEvent", Event("Updated", 1, transactionId, startedAt.AddMinutes(6), 999_999m));

        // An unregistered token is Unknown in 2.0.1 words (AuthorizationStatusEnumType); the transaction keeps the neutral Invalid.
        Assert.Equal("Unknown", first.GetProperty("idTokenInfo").Text("status"));
        Assert.Equal(first.ToString(), second.ToString());
        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal("Active", transaction.Text("status"));
        Assert.Equal("Invalid", transaction.Text("idTagStatus"));
        Assert.Equal(500m, transaction.Number("energyWh"));
        Assert.Equal(600m, transaction.Number("latestEnergyWh"));
        Assert.Equal(4, (await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64())).Count);
    }

    [Fact]
    public async Task An_offline_queue_replayed_out_of_order_comes_out_exact()
    {
        var (station, client) = await ConnectAsync("CP-TE-OFFLINE");
        await using var _ = station;
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddHours(-3);

        var ended = await station.CallAsync("TransactionEvent",
            Event("Ended", 2, transactionId, startedAt.AddMinutes(90), 18.25m, offline: true, unit: "kWh"));

        var endedFirst = await FindAsync(client, station.Id, transactionId);
        Assert.Equal("{}", ended.ToString());
        Assert.Equal("Orphaned", endedFirst.Text("status"));
        Assert.True(endedFirst.GetProperty("orphan").GetBoolean());
        Assert.Equal("Local", endedFirst.Text("stopReason"));

        await station.CallAsync("TransactionEvent", Event("Updated", 1, transactionId, startedAt.AddMinutes(45), 11_500m, offline: true));
        await station.CallAsync("TransactionEvent", Event("Started", 0, transactionId, startedAt, 4_000m, offline: true));

        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal("Completed", transaction.Text("status"));
        Assert.False(transaction.GetProperty("orphan").GetBoolean());
        Assert.Equal(14_250m, transaction.Number("energyWh"));
        Assert.Equal(4_000m, transaction.Number("meterStart"));
        Assert.Equal(18_250m, transaction.Number("meterStop"));
        Assert.Equal(18_250m, transaction.Number("latestEnergyWh"));
        Assert.True(transaction.GetProperty("eventsComplete").GetBoolean());
        Assert.Equal(At(startedAt), At(transaction.GetProperty("startedAt").GetDateTime()));
        Assert.Equal(At(startedAt.AddMinutes(90)), At(transaction.GetProperty("stoppedAt").GetDateTime()));
    }

    [Fact]
    public async Task An_update_of_a_transaction_never_started_is_answered_and_kept()
    {
        var (station, client) = await ConnectAsync("CP-TE-UNKNOWN");
        await using var _ = station;
        var transactionId = NewTransactionId();

        var answer = await station.CallAsync("TransactionEvent", Event("Updated", 7, transactionId, DateTime.UtcNow.AddMinutes(-1), 321m));

        Assert.Equal("{}", answer.ToString());
        var transaction = await FindAsync(client, station.Id, transactionId);
        Assert.Equal("Orphaned", transaction.Text("status"));
        Assert.True(transaction.GetProperty("orphan").GetBoolean());
        Assert.False(transaction.GetProperty("eventsComplete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, transaction.GetProperty("stoppedAt").ValueKind);
        Assert.Equal(321m, transaction.Number("latestEnergyWh"));
        Assert.Single(await MeterValuesAsync(client, transaction.GetProperty("id").GetInt64()), v => v.Text("value") == "321");
    }
}
