using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>The tariff, transaction-cost and charge-detail-record calls the billing tests share.</summary>
internal static class BillingApi
{
    /// <summary>
    /// A host whose billing scans and retries every second, so a test sees the scan's work within its polling time; and
    /// the station and API limits raised as for every test that drives many stations.
    /// </summary>
    public static Dictionary<string, string?> Environment(TestDatabase database, params (string Key, string? Value)[] extra) =>
        StationsHostFixture.Environment(database, [
            ("Billing__ScanIntervalSeconds", "1"),
            ("Billing__RetryBaseSeconds", "1"),
            ("Billing__RetryMaxSeconds", "1"),
            .. extra,
        ]);

    /// <summary>The example tariff: 0.30 EUR/kWh net, a 1.00 EUR session fee, 20 % tax, nothing per minute.</summary>
    public static async Task<JsonElement> CreateStandardTariffAsync(HttpClient client) =>
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/tariffs", new
        {
            name = UniqueName("Standard"),
            currency = "EUR",
            pricePerKwh = 0.30m,
            pricePerMinute = 0.0m,
            idlePricePerMinute = 0.0m,
            idleGraceMinutes = 0,
            sessionFee = 1.00m,
            taxRate = 0.20m,
            isDefault = true,
        }), HttpStatusCode.Created);

    /// <summary>
    /// A finished 1.6 session on connector 1: started at <paramref name="startedAt"/>, stopped 30 minutes later; returns
    /// the transaction's internal id.
    /// </summary>
    public static async Task<long> StoppedSessionAsync(HttpClient client, TestStation station, string idTag, DateTime startedAt, int meterStart, int meterStop)
    {
        var transactionId = await StartAsync(station, 1, idTag, meterStart, startedAt);
        await station.CallAsync("StopTransaction", new { transactionId, meterStop, timestamp = At(startedAt.AddMinutes(30)) });
        return (await FindAsync(client, station.Id, transactionId)).GetProperty("id").GetInt64();
    }

    /// <summary>The transaction once billing has written its record (by its stop event or a scan).</summary>
    public static Task<JsonElement> BilledAsync(HttpClient client, long transactionId) =>
        Poll.ForAsync(() => GetAsync(client, transactionId), t => BillingStatus(t) == "Billed", $"Billing transaction {transactionId}");

    public static string? BillingStatus(JsonElement transaction) =>
        transaction.GetProperty("billing").ValueKind == JsonValueKind.Object ? transaction.GetProperty("billing").Text("status") : null;

    /// <summary>The records of one page of <c>GET /api/v1/cdrs?{query}</c>.</summary>
    public static async Task<List<JsonElement>> CdrsAsync(HttpClient client, string query)
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/cdrs?pageSize=500&{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>The cost lines of a transaction's <c>cost</c> or a record, as (component, quantity, unit price, amount).</summary>
    public static List<(string? Component, decimal Quantity, decimal UnitPrice, decimal Amount)> Lines(JsonElement costOrCdr) =>
        costOrCdr.GetProperty("lines").EnumerateArray()
            .Select(l => (l.Text("component"), l.GetProperty("quantity").GetDecimal(), l.GetProperty("unitPrice").GetDecimal(), l.GetProperty("amount").GetDecimal()))
            .ToList();

    /// <summary>(net, tax, total) of a transaction's <c>cost</c>, its <c>runningCost</c>, or a record.</summary>
    public static (decimal? Net, decimal? Tax, decimal? Total) Totals(JsonElement cost) => (cost.Number("net"), cost.Number("tax"), cost.Number("total"));
}
