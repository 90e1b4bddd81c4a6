using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using OcppCsms.IntegrationTests.Transactions;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Stations.StationStateApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Metrics;

/// <summary>
/// Issue #9's test: a charging session on a 1.6 and on a 2.0.1 station, then a scrape whose names, labels and values
/// must be exactly what the session caused. The class has its host to itself, so every counter starts at zero.
/// </summary>
public sealed class SessionMetricsTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private const string V16 = "ocpp1.6";
    private const string V201 = "ocpp2.0.1";

    [Fact]
    public async Task A_session_on_each_protocol_shows_in_the_ocpp_metrics_with_exact_values()
    {
        var client = await fixture.OperatorAsync();
        var idTag = UniqueTag("TAG-MTR");
        await CreateTagAsync(client, idTag);
        await using var v16 = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-METRICS-16"), V16);
        await using var v201 = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-METRICS-201"), V201);
        var startedAt = DateTime.UtcNow.AddMinutes(-30);

        await v16.CallAsync("BootNotification", Boot16);
        await v201.CallAsync("BootNotification", Boot201);
        await v16.CallAsync("StatusNotification", StatusOf(V16, 1, 1, "Available", startedAt));
        await v201.CallAsync("StatusNotification", StatusOf(V201, 1, 1, "Available", startedAt));
        var remoteStart = client.PostAsJsonAsync($"/api/v1/stations/{v16.Id}/commands/remote-start", new { connectorId = 1, idTag });
        await v16.AnswerNextAsync("RemoteStartTransaction", new { status = "Accepted" });
        (await remoteStart).Dispose();

        var transaction16 = await StartAsync(v16, 1, idTag, meterStart: 10_000, startedAt);
        await v16.CallAsync("MeterValues", EnergyReading(1, transaction16, startedAt.AddMinutes(10), "12000"));
        var transaction201 = TransactionEventsApi.NewTransactionId();
        await v201.CallAsync("TransactionEvent", TransactionEventsApi.Event("Started", 0, transaction201, startedAt, 20_000m, idTag, chargingState: "Charging"));
        await v201.CallAsync("TransactionEvent", TransactionEventsApi.Event("Updated", 1, transaction201, startedAt.AddMinutes(10), 24_000m));
        var charging = await Poll.ForAsync(() => Exposition.ScrapeAsync(fixture.Host.Http), e => e.Sum("ocpp_transactions_active") == 2, "Two active transactions");
        await v16.CallAsync("StopTransaction", new { transactionId = transaction16, meterStop = 14_500, timestamp = At(startedAt.AddMinutes(30)), reason = "Local" });
        await v201.CallAsync("TransactionEvent", TransactionEventsApi.Event("Ended", 2, transaction201, startedAt.AddMinutes(30), 27_250m, stoppedReason: "Local"));
        // A stop of a transaction this CSMS never started: answered, kept as an orphan.
        await v16.CallAsync("StopTransaction", new { transactionId = 987_654, meterStop = 1_000, timestamp = At(startedAt.AddMinutes(31)) });

        // A CALLERROR each way: an action 1.6 does not define, and a command the station refuses with one.
        Assert.Equal("NotImplemented", (await v16.CallErrorAsync("NoSuchAction", new { })).Code);
        var reset = client.PostAsJsonAsync($"/api/v1/stations/{v16.Id}/commands/reset", new { type = "Soft" });
        await v16.AnswerErrorAsync(await v16.ReceiveCallAsync("Reset"), "NotSupported");
        (await reset).Dispose();

        // Answers reach the station just before their metrics are recorded: read until the last ones are in.
        var metrics = await Poll.ForAsync(() => Exposition.ScrapeAsync(fixture.Host.Http),
            e => e.Sum("ocpp_message_errors_total", ("direction", "out")) >= 1 && e.Sum("ocpp_message_duration_seconds_count") >= 12
                && e.Sum("ocpp_transactions_total", ("status", "completed")) >= 2,
            "The session's metrics");

        Assert.Equal("gauge", metrics.Types["ocpp_connected_stations"]);
        Assert.Equal(1, metrics.Sum("ocpp_connected_stations", ("protocol", V16)));
        Assert.Equal(1, metrics.Sum("ocpp_connected_stations", ("protocol", V201)));

        Assert.Equal("counter", metrics.Types["ocpp_messages_total"]);
        foreach (var protocol in new[] { V16, V201 })
        {
            Assert.Equal(1, metrics.Sum("ocpp_messages_total", ("direction", "in"), ("action", "BootNotification"), ("protocol", protocol)));
            Assert.Equal(1, metrics.Sum("ocpp_messages_total", ("direction", "out"), ("action", "BootNotification"), ("protocol", protocol)));
            Assert.Equal(1, metrics.Sum("ocpp_messages_total", ("direction", "in"), ("action", "StatusNotification"), ("protocol", protocol)));
        }

        Assert.Equal(3, metrics.Sum("ocpp_messages_total", ("direction", "in"), ("action", "TransactionEvent"), ("protocol", V201)));
        Assert.Equal(0, metrics.Sum("ocpp_messages_total", ("action", "TransactionEvent"), ("protocol", V16)));
        // The CSMS's CALL out, the station's answer in; the refused action is "other", never the station's own word.
        Assert.Equal(1, metrics.Sum("ocpp_messages_total", ("direction", "out"), ("action", "RemoteStartTransaction"), ("protocol", V16)));
        Assert.Equal(1, metrics.Sum("ocpp_messages_total", ("direction", "in"), ("action", "RemoteStartTransaction"), ("protocol", V16)));
        Assert.Equal(1, metrics.Sum("ocpp_messages_total", ("direction", "in"), ("action", "other"), ("protocol", V16)));
        Assert.DoesNotContain("NoSuchAction", metrics.Text, StringComparison.Ordinal);

        Assert.Equal(1, metrics.Sum("ocpp_message_errors_total", ("direction", "out"), ("error_code", "NotImplemented")));
        Assert.Equal(1, metrics.Sum("ocpp_message_errors_total", ("direction", "in"), ("error_code", "NotSupported")));
        Assert.Equal(2, metrics.Sum("ocpp_message_errors_total"));

        Assert.Equal("histogram", metrics.Types["ocpp_message_duration_seconds"]);
        Assert.Equal(2, metrics.Sum("ocpp_message_duration_seconds_count", ("action", "BootNotification")));
        Assert.Equal(2, metrics.Sum("ocpp_message_duration_seconds_bucket", ("action", "BootNotification"), ("le", "+Inf")));
        Assert.True(metrics.Sum("ocpp_message_duration_seconds_sum", ("action", "BootNotification")) > 0);
        Assert.Equal(3, metrics.Sum("ocpp_message_duration_seconds_count", ("action", "TransactionEvent")));
        Assert.Equal(1, metrics.Sum("ocpp_command_duration_seconds_count", ("command", "RemoteStartTransaction"), ("outcome", "Answered")));
        Assert.Equal(1, metrics.Sum("ocpp_command_duration_seconds_count", ("command", "Reset"), ("outcome", "CallError")));

        Assert.Equal(2, charging.Sum("ocpp_transactions_total", ("status", "started")));
        Assert.Equal(0, charging.Sum("ocpp_transactions_total", ("status", "completed")));
        Assert.Equal("gauge", metrics.Types["ocpp_transactions_active"]);
        Assert.Equal(0, metrics.Sum("ocpp_transactions_active"));
        Assert.Equal("counter", metrics.Types["ocpp_transactions_total"]);
        Assert.Equal(2, metrics.Sum("ocpp_transactions_total", ("status", "started")));
        Assert.Equal(2, metrics.Sum("ocpp_transactions_total", ("status", "completed")));
        Assert.Equal(1, metrics.Sum("ocpp_transactions_total", ("status", "orphaned")));
        // 14,500 - 10,000 Wh on the 1.6 station, 27,250 - 20,000 Wh on the 2.0.1 one.
        Assert.Equal("counter", metrics.Types["ocpp_energy_delivered_wh_total"]);
        Assert.Equal(11_750, metrics.Sum("ocpp_energy_delivered_wh_total"));
        // Every meter value and status was acknowledged after its group commit: each of those writers flushed.
        Assert.Equal("histogram", metrics.Types["db_batch_flush_duration_seconds"]);
        Assert.True(metrics.Sum("db_batch_flush_duration_seconds_count", ("writer", "meter values")) >= 1);
        Assert.True(metrics.Sum("db_batch_flush_duration_seconds_count", ("writer", "status notifications")) >= 1);

        // Identities never become labels, in the OCPP metrics or the HTTP ones (/api/v1/stations/{id}/commands/...).
        Assert.DoesNotContain(v16.Id, metrics.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(v201.Id, metrics.Text, StringComparison.Ordinal);
        var commandRequests = metrics.Find("http_requests_total", ("method", "POST")).Where(s => s.Labels["route"].Contains("/commands/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commandRequests.Sum(s => s.Value));
        Assert.All(commandRequests, s => Assert.StartsWith("/api/v1/stations/{", s.Labels["route"], StringComparison.Ordinal));
    }
}
