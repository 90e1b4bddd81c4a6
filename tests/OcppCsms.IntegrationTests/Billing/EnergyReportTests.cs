using System.Globalization;
using System.Net;
using System.Text;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Billing.BillingApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// The energy report over the records of a period: sessions, kWh and revenue per currency, grouped by station, id tag
/// or UTC day, as JSON and CSV; sessions outside [from, to) are left out.
/// </summary>
public sealed class EnergyReportTests(BillingHostFixture fixture) : IClassFixture<BillingHostFixture>
{
    /// <summary>A period of the past no other test's sessions start in.</summary>
    private static readonly DateTime Day1 = new(2025, 3, 10, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_report_sums_billed_sessions_by_station_tag_and_day()
    {
        var client = fixture.Operator;
        await using var first = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-REPORT-A"));
        await using var second = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-REPORT-B"));
        var tag = UniqueTag("REP");
        var other = UniqueTag("REP");
        await SessionAsync(client, first, tag, Day1.AddHours(8), meterStop: 10_000);
        await SessionAsync(client, first, other, Day1.AddDays(1).AddHours(8), meterStop: 5_000);
        await SessionAsync(client, second, tag, Day1.AddHours(20), meterStop: 20_000);
        await SessionAsync(client, second, tag, Day1.AddDays(5), meterStop: 1_000);
        var period = $"from={At(Day1)}&to={At(Day1.AddDays(2))}";

        var byStation = await ReportAsync(client, $"groupBy=station&{period}");
        var byTag = await ReportAsync(client, $"groupBy=idTag&{period}");
        var byDay = await ReportAsync(client, $"groupBy=day&{period}");
        using var csvResponse = await client.GetAsync($"/api/v1/reports/energy?{period}&format=csv");
        var invalid = await ProblemAsync(await client.GetAsync("/api/v1/reports/energy?groupBy=month"), HttpStatusCode.BadRequest);

        // 10 kWh: 4.00 + 0.80; 5 kWh: 2.50 + 0.50; 20 kWh: 7.00 + 1.40.
        Assert.Equal([(first.Id, 2, 15m, 7.80m), (second.Id, 1, 20m, 8.40m)], byStation);
        Assert.Equal(new (string, int, decimal, decimal)[] { (tag, 2, 30m, 13.20m), (other, 1, 5m, 3.00m) }.OrderBy(r => r.Item1, StringComparer.Ordinal), byTag);
        Assert.Equal([("2025-03-10", 2, 30m, 13.20m), ("2025-03-11", 1, 5m, 3.00m)], byDay);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).Split("\r\n");
        Assert.Equal("station,sessions,energyKwh,currency,net,tax,total", csv[0]);
        Assert.Equal(4, csv.Length);
        var row = csv[1].Split(',');
        Assert.Equal((first.Id, "2", "EUR"), (row[0], row[1], row[3]));
        Assert.Equal([15m, 6.50m, 1.30m, 7.80m], new[] { row[2], row[4], row[5], row[6] }.Select(f => decimal.Parse(f, CultureInfo.InvariantCulture)));
        Assert.Equal("", csv[^1]);
        Assert.Equal(["groupBy"], ErrorFields(invalid));
    }

    private static async Task SessionAsync(HttpClient client, TestStation station, string idTag, DateTime startedAt, int meterStop) =>
        await BilledAsync(client, await StoppedSessionAsync(client, station, idTag, startedAt, meterStart: 0, meterStop));

    /// <summary>(key, sessions, kWh, EUR total) per row of the JSON report.</summary>
    private static async Task<List<(string Key, int Sessions, decimal Kwh, decimal Total)>> ReportAsync(HttpClient client, string query)
    {
        var report = await JsonAsync(await client.GetAsync($"/api/v1/reports/energy?{query}"), HttpStatusCode.OK);
        return report.GetProperty("rows").EnumerateArray().Select(r => (
            r.Text("key")!, r.GetProperty("sessions").GetInt32(), r.GetProperty("energyKwh").GetDecimal(),
            Assert.Single(r.GetProperty("revenue").EnumerateArray(), v => v.Text("currency") == "EUR").GetProperty("total").GetDecimal())).ToList();
    }
}
