using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands201;

/// <summary>
/// The station reports on SQLite and PostgreSQL: the longest station id and action, a large payload kept byte for byte
/// (PostgreSQL enforces the column lengths, SQLite does not), received-at as UTC.
/// </summary>
public abstract class StationReportDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task A_large_customer_information_report_of_the_longest_station_id_is_kept_as_received()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var admin = await OperatorSession.BearerClientAsync(host);
        var id = StationApi.UniqueId("CP-REPORTS").PadRight(48, 'x');
        await using var station = await TestStation.RegisterAndConnectAsync(host, admin, id, "ocpp2.0.1");
        var data = new string('d', 512);
        var payload = $$"""{"data":"{{data}}","tbc":true,"seqNo":7,"generatedAt":"2026-12-05T10:00:00.123Z","requestId":{{int.MaxValue}}}""";

        await station.CallAsync("NotifyCustomerInformation", JsonDocument.Parse(payload).RootElement);

        var report = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{id}/reports")).GetProperty("items").EnumerateArray());
        Assert.Equal(("NotifyCustomerInformation", int.MaxValue, 7, true), (report.Text("action"), report.GetProperty("requestId").GetInt32(),
            report.GetProperty("seqNo").GetInt32(), report.GetProperty("tbc").GetBoolean()));
        Assert.EndsWith("Z", report.Text("receivedAt"), StringComparison.Ordinal);
        var stored = Assert.Single(await DbQuery.ListAsync(database, $"SELECT payload FROM stations_reports WHERE station_id = '{id}'", r => r.GetString(0)));
        Assert.Equal(payload, stored);
    }
}

public sealed class SqliteStationReportDatabaseTests : StationReportDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStationReportDatabaseTests(PostgresServer server) : StationReportDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
