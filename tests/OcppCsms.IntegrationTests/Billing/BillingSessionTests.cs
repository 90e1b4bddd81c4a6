using System.Net;
using System.Net.Http.Headers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Billing.BillingApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// Sessions on both OCPP versions billed on their stop with the example tariff: 10 kWh × 0.30 + 1.00 session
/// fee = 4.00 net, 0.80 tax (20 %), 4.80 total, with lines an operator can check; the record over REST as JSON and CSV;
/// an active transaction's running cost; the 2.0.1 Updated and Ended answers' totalCost.
/// </summary>
public sealed class BillingSessionTests(BillingHostFixture fixture) : IClassFixture<BillingHostFixture>
{
    [Fact]
    public async Task A_16_session_is_billed_on_its_stop_with_explainable_lines()
    {
        var client = fixture.Operator;
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-BILL16"));
        var startedAt = DateTime.UtcNow.AddHours(-1);
        var transactionId = await StartAsync(station, 1, "BILL-TAG-16", meterStart: 1_000, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(20), "6000"));
        await station.CallAsync("StopTransaction", new { transactionId, meterStop = 11_000, timestamp = At(startedAt.AddMinutes(40)), reason = "EVDisconnected" });
        var id = (await FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64();

        var transaction = await BilledAsync(client, id);

        var cost = transaction.GetProperty("cost");
        Assert.Equal((4.00m, 0.80m, 4.80m), Totals(cost));
        Assert.Equal("EUR", cost.Text("currency"));
        Assert.Equal(fixture.Tariff.GetProperty("id").GetInt64(), cost.GetProperty("tariff").GetProperty("id").GetInt64());
        var lines = Lines(cost);
        Assert.Contains(("Energy", 10m, 0.30m, 3.00m), lines);
        Assert.Contains(("SessionFee", 1m, 1.00m, 1.00m), lines);
        Assert.Equal(4.00m, lines.Sum(l => l.Amount));
        Assert.Equal(JsonValueKind.Null, transaction.GetProperty("runningCost").ValueKind);
        var cdr = Assert.Single(await CdrsAsync(client, $"stationId={station.Id}"));
        Assert.Equal(cost.GetProperty("cdrId").GetInt64(), cdr.GetProperty("id").GetInt64());
        Assert.Equal((id, 10_000m, "BILL-TAG-16"), (cdr.GetProperty("transactionId").GetInt64(), cdr.Number("energyWh")!.Value, cdr.Text("idTag")));
        Assert.Equal((4.00m, 0.80m, 4.80m), Totals(cdr));
        Assert.Equal(lines, Lines(cdr));
        Assert.Single(await CdrsAsync(client, $"idTag=bill-tag-16&from={At(startedAt.AddMinutes(-1))}&to={At(startedAt.AddMinutes(1))}"));
        Assert.Empty(await CdrsAsync(client, $"stationId={station.Id}&from={At(startedAt.AddMinutes(1))}"));
    }

    [Fact]
    public async Task A_record_downloads_as_rfc_4180_csv_with_its_lines_and_totals()
    {
        var client = fixture.Operator;
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-BILLCSV"));
        var startedAt = DateTime.UtcNow.AddHours(-2);
        // A tag with a comma and a quote: the CSV must enclose it (RFC 4180 §2.6, §2.7).
        var id = await StoppedSessionAsync(client, station, "CSV,\"TAG\"", startedAt, meterStart: 0, meterStop: 10_000);
        var cdrId = (await BilledAsync(client, id)).GetProperty("cost").GetProperty("cdrId").GetInt64();

        using var byQuery = await client.GetAsync($"/api/v1/cdrs/{cdrId}?format=csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cdrs/{cdrId}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var byAccept = await client.SendAsync(request);
        var json = await JsonAsync(await client.GetAsync($"/api/v1/cdrs/{cdrId}"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        Assert.Equal("text/csv", byQuery.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"cdr-{cdrId}.csv", byQuery.Content.Headers.ContentDisposition?.FileNameStar ?? byQuery.Content.Headers.ContentDisposition?.FileName);
        var csv = Encoding.UTF8.GetString(await byQuery.Content.ReadAsByteArrayAsync());
        Assert.Equal(csv, Encoding.UTF8.GetString(await byAccept.Content.ReadAsByteArrayAsync()));
        var rows = csv.Split("\r\n");
        Assert.Equal("", rows[^1]);
        Assert.StartsWith("cdrId,transactionId,stationId,idTag,tariff,tariffVersion,currency,component,period,from,to,quantity,unit,unitPrice,amount", rows[0]);
        var prefix = $"{cdrId},{id},{station.Id},\"CSV,\"\"TAG\"\"\",";
        Assert.All(rows[1..^1], r => Assert.StartsWith(prefix, r));
        var energy = Assert.Single(rows, r => r.Contains(",Energy,", StringComparison.Ordinal));
        Assert.Equal([10m, null, 0.30m, 3.00m], Tail(energy, 4));
        Assert.Equal(["Net", "Tax", "Total"], rows[^4..^1].Select(r => r[prefix.Length..].Split(',')[3]));
        Assert.Equal([4.00m, 0.80m, 4.80m], rows[^4..^1].Select(r => Tail(r, 1)[0]));
        Assert.Equal((4.00m, 0.80m, 4.80m), Totals(json));
        Assert.Equal("CSV,\"TAG\"", json.Text("idTag"));
    }

    [Fact]
    public async Task A_201_session_is_billed_and_its_ended_answer_carries_the_total_cost()
    {
        var client = fixture.Operator;
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-BILL201"), "ocpp2.0.1");
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddHours(-1);

        await station.CallAsync("TransactionEvent", Event("Started", 0, transactionId, startedAt, 20_000m, idToken: "BILL-TAG-201", triggerReason: "Authorized"));
        var updated = await station.CallAsync("TransactionEvent", Event("Updated", 1, transactionId, startedAt.AddMinutes(20), 25_000m));
        var ended = await station.CallAsync("TransactionEvent",
            Event("Ended", 2, transactionId, startedAt.AddMinutes(40), 30_000m, stoppedReason: "EVDisconnected", triggerReason: "EVCommunicationLost"));
        var id = (await FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64();
        var transaction = await BilledAsync(client, id);
        var repeated = await station.CallAsync("TransactionEvent",
            Event("Ended", 2, transactionId, startedAt.AddMinutes(40), 30_000m, stoppedReason: "EVDisconnected", triggerReason: "EVCommunicationLost"));

        // OCPP 2.0.1 I03.FR.02: the final cost, taxes included, in the answer to the Ended event — again to its copy.
        Assert.Equal(4.80m, ended.GetProperty("totalCost").GetDecimal());
        Assert.Equal(4.80m, repeated.GetProperty("totalCost").GetDecimal());
        // I02 (alternative scenario): the running cost as of the Updated event, 5 kWh × 0.30 + 1.00, + 20 %.
        Assert.Equal(3.00m, updated.GetProperty("totalCost").GetDecimal());
        Assert.Equal((4.00m, 0.80m, 4.80m), Totals(transaction.GetProperty("cost")));
        Assert.Contains(("Energy", 10m, 0.30m, 3.00m), Lines(transaction.GetProperty("cost")));
        var cdr = Assert.Single(await CdrsAsync(client, $"stationId={station.Id}"));
        Assert.Equal((1, 1), (cdr.GetProperty("evseId").GetInt32(), cdr.GetProperty("connectorId").GetInt32()));
        Assert.Equal(transactionId, cdr.Text("stationTransactionId"));
    }

    [Fact]
    public async Task A_201_session_without_an_energy_register_is_not_billable_and_answered_no_total()
    {
        var client = fixture.Operator;
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-BILLNOMV"), "ocpp2.0.1");
        var transactionId = NewTransactionId();
        var startedAt = DateTime.UtcNow.AddHours(-1);

        await station.CallAsync("TransactionEvent", Event("Started", 0, transactionId, startedAt, energy: null, triggerReason: "CablePluggedIn"));
        var ended = await station.CallAsync("TransactionEvent", Event("Ended", 1, transactionId, startedAt.AddMinutes(30), energy: null));
        var id = (await FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64();
        var transaction = await Poll.ForAsync(() => GetAsync(client, id), t => BillingStatus(t) == "NotBillable", "NotBillable");

        // Billing it as 0 kWh would undercharge silently; without totalCost the station shows its fallback message (I05).
        Assert.False(ended.TryGetProperty("totalCost", out _));
        Assert.Contains("energy register", transaction.GetProperty("billing").Text("reason"), StringComparison.Ordinal);
        Assert.Empty(await CdrsAsync(client, $"stationId={station.Id}"));
    }

    [Fact]
    public async Task An_active_transaction_shows_its_running_cost_and_no_billing()
    {
        var client = fixture.Operator;
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-BILLRUN"));
        var startedAt = DateTime.UtcNow.AddMinutes(-30);
        var transactionId = await StartAsync(station, 1, "BILL-TAG-RUN", meterStart: 2_000, startedAt);
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(10), "7"));
        await station.CallAsync("MeterValues", EnergyReading(1, transactionId, startedAt.AddMinutes(20), "7.000", unit: "kWh"));

        var transaction = await FindAsync(client, station.Id, transactionId);

        // 5 kWh × 0.30 + 1.00 = 2.50 net, 0.50 tax.
        var running = transaction.GetProperty("runningCost");
        Assert.Equal((2.50m, 0.50m, 3.00m), Totals(running));
        Assert.Equal("EUR", running.Text("currency"));
        Assert.Equal(JsonValueKind.Null, transaction.GetProperty("billing").ValueKind);
        Assert.Equal(JsonValueKind.Null, transaction.GetProperty("cost").ValueKind);
    }

    [Fact]
    public async Task The_record_api_answers_problems_naming_the_field()
    {
        var client = fixture.Operator;

        var unknown = await ProblemAsync(await client.GetAsync("/api/v1/cdrs/987654321"), HttpStatusCode.NotFound);
        var format = await ProblemAsync(await client.GetAsync("/api/v1/cdrs/1?format=xml"), HttpStatusCode.BadRequest);
        var period = await ProblemAsync(await client.GetAsync("/api/v1/cdrs?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), HttpStatusCode.BadRequest);
        var sort = await ProblemAsync(await client.GetAsync("/api/v1/cdrs?sort=total"), HttpStatusCode.BadRequest);
        using var anonymous = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

        Assert.Contains("987654321", unknown.Text("detail"));
        Assert.Equal(["format"], ErrorFields(format));
        Assert.Equal(["to"], ErrorFields(period));
        Assert.Equal(["sort"], ErrorFields(sort));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/cdrs")).StatusCode);
    }

    /// <summary>The last fields of a CSV row (those after any quoted field), as numbers where they are numbers.</summary>
    private static decimal?[] Tail(string row, int count) =>
        row.Split(',')[^count..].Select(f => decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null).ToArray();
}
