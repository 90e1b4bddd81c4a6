using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.DeviceModel.DeviceModelApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>
/// The device model where it reaches the database, on SQLite and PostgreSQL: a report re-reporting an attribute in another
/// case updates its row rather than adding one, decimals keep their digits, the case-insensitive filters translate to
/// both, and deleting the station drops its rows.
/// </summary>
public abstract class DeviceModelDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Reports_and_answers_upsert_one_row_per_attribute_whatever_the_case()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var admin = await OperatorSession.BearerClientAsync(host);
        var id = UniqueId("CP-DM-DB");
        await using (var station = await TestStation.RegisterAndConnectAsync(host, admin, id, "ocpp2.0.1"))
        {
            await GetConnectedAsync(admin, id);
            var (_, answer) = await RoundTripAsync(admin, station, "get-base-report", new { reportBase = "ConfigurationInventory" }, "GetBaseReport", """{"status":"Accepted"}""");
            var requestId = answer.GetProperty("ocppRequestId").GetInt32();
            await station.CallAsync("NotifyReport", Part(requestId, 0, tbc: true, "SampledDataCtrlr", "TxUpdatedInterval", "60"));
            await station.CallAsync("NotifyReport", Part(requestId, 1, tbc: false, "sampleddatactrlr", "txupdatedinterval", "30"));
            await RoundTripAsync(admin, station, "get-variables",
                new { getVariableData = new[] { new { component = new { name = "SAMPLEDDATACTRLR" }, variable = new { name = "TxUpdatedInterval" } } } },
                "GetVariables", """
                {"getVariableResult":[{"attributeStatus":"Accepted","attributeValue":"45","component":{"name":"SAMPLEDDATACTRLR"},"variable":{"name":"TxUpdatedInterval"}}]}
                """);
        }

        var row = Assert.Single(await VariablesAsync(admin, id, "&component=sampledDataCtrlr&variable=TXUPDATEDINTERVAL"));
        Assert.Equal(("SampledDataCtrlr", "45", "GetVariables", 0.5m, 3600.25m),
            (row.GetProperty("component").GetString(), row.GetProperty("value").GetString(), row.GetProperty("source").GetString(),
                row.GetProperty("characteristics").GetProperty("minLimit").GetDecimal(), row.GetProperty("characteristics").GetProperty("maxLimit").GetDecimal()));
        Assert.Equal(1, await CountAsync(database, id));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/stations/{id}")).StatusCode);
        Assert.Equal(0, await CountAsync(database, id));
    }

    private static string Part(int requestId, int seqNo, bool tbc, string component, string variable, string value) => $$$"""
        {"requestId":{{{requestId}}},"generatedAt":"2026-12-04T10:00:0{{{seqNo}}}Z","tbc":{{{(tbc ? "true" : "false")}}},"seqNo":{{{seqNo}}},"reportData":[
          {"component":{"name":"{{{component}}}"},"variable":{"name":"{{{variable}}}"},"variableAttribute":[{"value":"{{{value}}}","persistent":true}],
           "variableCharacteristics":{"unit":"s","dataType":"decimal","minLimit":0.5,"maxLimit":3600.25,"supportsMonitoring":false}}]}
        """;

    private static async Task<int> CountAsync(TestDatabase database, string id) =>
        (await DbQuery.ListAsync(database, $"SELECT id FROM stations_device_variables WHERE station_id = '{id}'", r => r.GetValue(0))).Count;
}

public sealed class SqliteDeviceModelDatabaseTests : DeviceModelDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresDeviceModelDatabaseTests(PostgresServer server) : DeviceModelDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
