using System.Globalization;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Transactions;

/// <summary>
/// OCPP 2.0.1 MeterValues (J01) from a real 2.0.1 station, on SQLite and PostgreSQL: every sampled value stored without
/// a transaction, with its EVSE, the part 2 §2.41 defaults, value × 10^multiplier, and a signed meter value kept as text;
/// MeterValuesReceived published with the EVSE and the newest energy register reading.
/// </summary>
public abstract class MeterValues201DatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Every_sampled_value_is_stored_unlinked_with_its_evse_defaults_and_scaled_value()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        await using var station = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-MV201"), "ocpp2.0.1");
        var at = new DateTime(2026, 5, 1, 12, 0, 0, 250, DateTimeKind.Utc);
        await using var stream = await ServerSentEventsClient.OpenAsync(client, $"/api/v1/events?stationId={station.Id}&type=MeterValuesReceived");
        var signed = new { signedMeterData = "c2lnbmVk", signingMethod = "ECDSA-secp256r1-SHA256", encodingMethod = "OCMF", publicKey = "a2V5" };

        var answer = await station.CallAsync("MeterValues", new
        {
            evseId = 2,
            meterValue = new object[]
            {
                new { timestamp = At(at), sampledValue = new object[] { new { value = 1234.5 } } },
                new
                {
                    timestamp = At(at.AddMinutes(1)),
                    sampledValue = new object[]
                    {
                        new { value = 1.25, unitOfMeasure = new { unit = "kWh", multiplier = 3 }, signedMeterValue = signed },
                        new { value = 2300, measurand = "Voltage", phase = "L1-N", context = "Trigger", location = "Inlet", unitOfMeasure = new { unit = "V", multiplier = -1 } },
                        new { value = 5, measurand = "Power.Active.Import", unitOfMeasure = new { unit = "W", multiplier = 40 } },
                    },
                },
            },
        });

        Assert.Equal("{}", answer.GetRawText());
        var published = JsonDocument.Parse((await stream.ReadEventAsync())!.Data).RootElement.GetProperty("data");
        Assert.True(JsonElement.DeepEquals(
            JsonDocument.Parse("""{"connectorId":null,"evseId":2,"transactionId":null,"sampledValues":5,"energyWh":1250000}""").RootElement, published), published.GetRawText());
        var rows = await DbQuery.ListAsync(database,
            $"SELECT value, measurand, phase, unit, context, location, format, evse_id, connector_id, transaction_id, station_transaction_id, sampled_at " +
            $"FROM transaction_meter_values WHERE station_id = '{station.Id}' ORDER BY id",
            r => (Value: r.GetString(0), Measurand: r.GetString(1), Phase: r.IsDBNull(2) ? null : r.GetString(2), Unit: r.IsDBNull(3) ? null : r.GetString(3),
                Context: r.GetString(4), Location: r.GetString(5), Format: r.GetString(6), Evse: r.GetInt32(7), Unlinked: r.IsDBNull(8) && r.IsDBNull(9) && r.IsDBNull(10),
                SampledAt: DateTime.SpecifyKind(Convert.ToDateTime(r.GetValue(11), CultureInfo.InvariantCulture), DateTimeKind.Utc)));

        Assert.Equal(5, rows.Count);
        Assert.All(rows, row => Assert.True(row.Evse == 2 && row.Unlinked, $"{row}"));
        Assert.Equal(at, rows[0].SampledAt);
        Assert.Equal(("1234.5", "Energy.Active.Import.Register", null, "Wh", "Sample.Periodic", "Outlet", "Raw"), Sample(rows[0]));
        Assert.Equal(("1250", "Energy.Active.Import.Register", null, "kWh", "Sample.Periodic", "Outlet", "Raw"), Sample(rows[1]));
        Assert.Equal(("SignedData", "kWh"), (rows[2].Format, rows[2].Unit));
        Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(signed), JsonDocument.Parse(rows[2].Value).RootElement), rows[2].Value);
        Assert.Equal(("230.0", "Voltage", "L1-N", "V", "Trigger", "Inlet", "Raw"), Sample(rows[3]));
        Assert.Equal(("5E40", "Power.Active.Import", null, "W", "Sample.Periodic", "Outlet", "Raw"), Sample(rows[4]));
    }

    private static (string, string, string?, string?, string, string, string) Sample(
        (string Value, string Measurand, string? Phase, string? Unit, string Context, string Location, string Format, int Evse, bool Unlinked, DateTime SampledAt) row) =>
        (row.Value, row.Measurand, row.Phase, row.Unit, row.Context, row.Location, row.Format);
}

public sealed class SqliteMeterValues201DatabaseTests : MeterValues201DatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresMeterValues201DatabaseTests(PostgresServer server) : MeterValues201DatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
