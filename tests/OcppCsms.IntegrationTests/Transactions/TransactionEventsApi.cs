using System.Globalization;
using System.Text.Json;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>The OCPP 2.0.1 TransactionEvent payloads a test station sends, and the transaction the API shows for one.</summary>
internal static class TransactionEventsApi
{
    /// <summary>
    /// A TransactionEventRequest on EVSE 1, connector 1, with one energy register reading at the event's time
    /// (<paramref name="energy"/> in <paramref name="unit"/>, scaled by <paramref name="multiplier"/>) beside a voltage.
    /// </summary>
    public static Dictionary<string, object?> Event(
        string eventType, int seqNo, string transactionId, DateTime timestamp, decimal? energy, string? idToken = null,
        bool offline = false, string? stoppedReason = null, int? remoteStartId = null, string unit = "Wh", int multiplier = 0,
        string triggerReason = "MeterValuePeriodic", string? chargingState = null)
    {
        var transactionInfo = new Dictionary<string, object?> { ["transactionId"] = transactionId };
        if (stoppedReason is not null)
        {
            transactionInfo["stoppedReason"] = stoppedReason;
        }

        if (remoteStartId is not null)
        {
            transactionInfo["remoteStartId"] = remoteStartId;
        }

        if (chargingState is not null)
        {
            transactionInfo["chargingState"] = chargingState;
        }

        var payload = new Dictionary<string, object?>
        {
            ["eventType"] = eventType,
            ["timestamp"] = At(timestamp),
            ["triggerReason"] = triggerReason,
            ["seqNo"] = seqNo,
            ["transactionInfo"] = transactionInfo,
            ["evse"] = new { id = 1, connectorId = 1 },
        };
        if (offline)
        {
            payload["offline"] = true;
        }

        if (idToken is not null)
        {
            payload["idToken"] = new { idToken, type = "ISO14443" };
        }

        if (energy is { } value)
        {
            payload["meterValue"] = new[]
            {
                new
                {
                    timestamp = At(timestamp),
                    sampledValue = new object[]
                    {
                        new { value, measurand = "Energy.Active.Import.Register", unitOfMeasure = new { unit, multiplier } },
                        new { value = 229.8m, measurand = "Voltage", phase = "L1-N", unitOfMeasure = new { unit = "V" } },
                    },
                },
            };
        }

        return payload;
    }

    /// <summary>The transaction of a 2.0.1 station with the station's own (string) transaction id.</summary>
    public static async Task<JsonElement> FindAsync(HttpClient client, string stationId, string transactionId)
    {
        var listed = Assert.Single(await ListAsync(client, $"stationId={Uri.EscapeDataString(stationId)}"), t => t.Text("transactionId") == transactionId);
        return await GetAsync(client, listed.GetProperty("id").GetInt64());
    }

    public static string NewTransactionId() => "tx-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12];
}
