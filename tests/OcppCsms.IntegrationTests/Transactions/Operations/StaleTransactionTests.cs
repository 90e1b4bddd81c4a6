using System.Globalization;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;
using Events201 = OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;

namespace OcppCsms.IntegrationTests.Transactions.Operations;

/// <summary>
/// Stale transactions: active ones silent for <c>Transactions:StaleAfterHours</c> are flagged and listed with
/// <c>stale=true</c>; meter values or a transaction event make them fresh again. Time passes by ageing the last-activity
/// column the way a day without messages would.
/// </summary>
public sealed class StaleTransactionTests
{
    [Fact]
    public async Task Silent_active_transactions_are_stale_until_they_report_again()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database, ("Transactions__StaleAfterHours", "6")));
        using var client = await OperatorSession.BearerClientAsync(host);
        await using var station = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-STALE"));
        await using var station201 = await TestStation.RegisterAndConnectAsync(host, client, UniqueId("CP-STALE201"), "ocpp2.0.1");
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Stale" });
        var startedAt = DateTime.UtcNow.AddHours(-8);
        var silent = await StartAsync(station, 1, "STALE-1", meterStart: 0, startedAt);
        var revived = await StartAsync(station, 2, "STALE-2", meterStart: 0, startedAt);
        var fresh = await StartAsync(station, 3, "STALE-3", meterStart: 0, startedAt);
        var revived201 = Events201.NewTransactionId();
        await station201.CallAsync("TransactionEvent", Events201.Event("Started", 0, revived201, startedAt, 0m));
        var ids = new[]
        {
            await IdAsync(client, station.Id, silent), await IdAsync(client, station.Id, revived),
            (await Events201.FindAsync(client, station201.Id, revived201)).GetProperty("id").GetInt64(),
        };
        await AgeAsync(database, ids, TimeSpan.FromHours(7));

        // Only the voltage: any meter values count as a sign of the transaction, not just energy readings.
        await station.CallAsync("MeterValues", new
        {
            connectorId = 2, transactionId = revived,
            meterValue = new[] { new { timestamp = At(DateTime.UtcNow), sampledValue = new[] { new { value = "230", measurand = "Voltage", unit = "V" } } } },
        });
        await station201.CallAsync("TransactionEvent", Events201.Event("Updated", 1, revived201, DateTime.UtcNow, null));

        var stale = await ListAsync(client, "stale=true");
        Assert.Equal(ids[0], Assert.Single(stale).GetProperty("id").GetInt64());
        var silentOne = await GetAsync(client, ids[0]);
        Assert.True(silentOne.GetProperty("stale").GetBoolean());
        Assert.True(silentOne.GetProperty("lastActivityAt").GetDateTime() < DateTime.UtcNow.AddHours(-6));
        Assert.All(await ListAsync(client, "stale=false"), t => Assert.False(t.GetProperty("stale").GetBoolean()));
        Assert.Equal(3, (await ListAsync(client, "stale=false")).Count);
        Assert.False((await GetAsync(client, ids[1])).GetProperty("stale").GetBoolean());
        Assert.False((await GetAsync(client, ids[2])).GetProperty("stale").GetBoolean());
        Assert.False((await FindAsync(client, station.Id, fresh)).GetProperty("stale").GetBoolean());

        // A stale transaction completed is no longer stale.
        await station.CallAsync("StopTransaction", new { transactionId = silent, meterStop = 10, timestamp = At(DateTime.UtcNow) });
        Assert.Empty(await ListAsync(client, "stale=true"));
    }

    private static async Task<long> IdAsync(HttpClient client, string stationId, int transactionId) =>
        (await FindAsync(client, stationId, transactionId)).GetProperty("id").GetInt64();

    private static async Task AgeAsync(TestDatabase database, IEnumerable<long> ids, TimeSpan silence)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var lastActivity = (DateTime.UtcNow - silence).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        command.CommandText = $"UPDATE transactions SET last_activity_at = '{lastActivity}' WHERE id IN ({string.Join(',', ids)})";
        Assert.Equal(3, await command.ExecuteNonQueryAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("8761")]
    public async Task A_bad_StaleAfterHours_stops_the_start_naming_the_key(string value)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Transactions__StaleAfterHours", value)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(host.StandardError, line => line.Contains("Transactions:StaleAfterHours must be between 1 and 8760", StringComparison.Ordinal));
    }
}
