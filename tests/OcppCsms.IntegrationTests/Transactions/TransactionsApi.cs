using System.Globalization;
using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>The 1.6 transaction messages a test station sends, and the transactions API that shows what became of them.</summary>
internal static class TransactionsApi
{
    /// <summary>An OCPP date-time as stations write it.</summary>
    public static string At(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A StartTransaction payload; its answer carries the transaction id and idTagInfo.</summary>
    public static object Start(int connectorId, string idTag, int meterStart, DateTime timestamp, int? reservationId = null) =>
        reservationId is null
            ? new { connectorId, idTag, meterStart, timestamp = At(timestamp) }
            : new { connectorId, idTag, meterStart, timestamp = At(timestamp), reservationId };

    /// <summary>One MeterValues message with an energy register reading in <paramref name="unit"/> (and a voltage beside it).</summary>
    public static object EnergyReading(int connectorId, int? transactionId, DateTime timestamp, string value, string unit = "Wh") => new
    {
        connectorId,
        transactionId,
        meterValue = new[]
        {
            new
            {
                timestamp = At(timestamp),
                sampledValue = new object[]
                {
                    new { value, measurand = "Energy.Active.Import.Register", unit },
                    new { value = "230.1", measurand = "Voltage", unit = "V", phase = "L1-N", context = "Sample.Periodic", location = "Outlet" },
                },
            },
        },
    };

    public static async Task<int> StartAsync(TestStation station, int connectorId, string idTag, int meterStart, DateTime timestamp)
    {
        var answer = await station.CallAsync("StartTransaction", Start(connectorId, idTag, meterStart, timestamp));
        return answer.GetProperty("transactionId").GetInt32();
    }

    /// <summary>The transactions of one page of <c>GET /api/v1/transactions?{query}</c>.</summary>
    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string query)
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/transactions?pageSize=500&{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>The one transaction of a station with the station-facing id, from the list, then by its own resource.</summary>
    public static async Task<JsonElement> FindAsync(HttpClient client, string stationId, int transactionId)
    {
        var listed = Assert.Single(await ListAsync(client, $"stationId={Uri.EscapeDataString(stationId)}"),
            t => t.Text("transactionId") == transactionId.ToString(CultureInfo.InvariantCulture));
        return await GetAsync(client, listed.GetProperty("id").GetInt64());
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, long id) =>
        await JsonAsync(await client.GetAsync($"/api/v1/transactions/{id}"), HttpStatusCode.OK);

    /// <summary>The sampled values of a transaction, in the order the API lists them.</summary>
    public static async Task<List<JsonElement>> MeterValuesAsync(HttpClient client, long id)
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/transactions/{id}/meter-values?pageSize=500"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    public static decimal? Number(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetDecimal();
}
