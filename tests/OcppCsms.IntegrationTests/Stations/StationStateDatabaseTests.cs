using System.Net.WebSockets;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Stations.StationStateApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// The hot-path writes where they reach the database, on SQLite and PostgreSQL: status notifications from several
/// stations at once through the group-commit writer (history and current status, out of order included), and the
/// last-seen times flushed from the sessions, the final one after a disconnect.
/// </summary>
public abstract class StationStateDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Boots_and_status_notifications_of_many_stations_and_their_last_seen_times_are_written_in_batches()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database, ("Ocpp__LastSeenFlushSeconds", "1")));
        using var admin = await OperatorSession.BearerClientAsync(host);
        var ids = Enumerable.Range(0, 5).Select(_ => UniqueId("CP-BURST")).ToList();
        var stations = await Task.WhenAll(ids.Select(id => TestStation.RegisterAndConnectAsync(host, admin, id)));
        var start = Now().AddHours(-1);

        try
        {
            // Each station boots twice, all stations at once: one row each (an upsert), with the later boot's details.
            await Task.WhenAll(stations.Select(async station =>
            {
                foreach (var firmware in new[] { "1.0", "1.1" })
                {
                    var answer = await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "AC-22", firmwareVersion = firmware });
                    Assert.Equal("Accepted", answer.Text("status"));
                }
            }));
            var boots = await DbQuery.ListAsync(database, "SELECT station_id, firmware_version, serial_number FROM station_boots",
                r => (Station: r.GetString(0), Firmware: r.GetString(1), NoSerial: r.IsDBNull(2)));
            Assert.Equal(ids.Order(StringComparer.Ordinal).Select(id => (id, "1.1", true)), boots.OrderBy(b => b.Station, StringComparer.Ordinal));

            // Each station reports ten statuses of its connector 1, the sixth one late; all stations at once.
            await Task.WhenAll(stations.Select(async station =>
            {
                foreach (var minute in new[] { 0, 1, 2, 3, 4, 9, 5, 6, 7, 8 })
                {
                    await station.CallAsync("StatusNotification", Status16(1, minute == 9 ? "Finishing" : "Charging", start.AddMinutes(minute)));
                }
            }));

            var history = await DbQuery.ListAsync(database, "SELECT station_id FROM station_status_history", r => r.GetString(0));
            Assert.Equal(50, history.Count);
            var current = await DbQuery.ListAsync(database, "SELECT station_id, evse_id, connector_id, status FROM station_connector_status",
                r => (Station: r.GetString(0), Evse: r.GetInt32(1), Connector: r.GetInt32(2), Status: r.GetString(3)));
            Assert.Equal(ids.Order(StringComparer.Ordinal).Select(id => (id, 0, 1, "Finishing")), current.OrderBy(c => c.Station, StringComparer.Ordinal));

            var first = stations[0];
            await first.CallAsync("Heartbeat", new { });
            var live = (await GetConnectedAsync(admin, first.Id)).GetProperty("lastSeenAt").GetDateTime();
            // PostgreSQL keeps microseconds, the session 100 ns ticks.
            var liveToTheMicrosecond = live.AddTicks(-(live.Ticks % 10));
            await Poll.UntilAsync(async () => await LastSeenAsync(database, first.Id) >= liveToTheMicrosecond, "The last-seen flush while connected");

            await first.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
            // The close frame is the final sign of life: later than anything read while connected.
            var shown = await Poll.ForAsync(() => GetAsync(admin, first.Id),
                s => !s.GetProperty("connected").GetBoolean() && s.GetProperty("lastSeenAt").GetDateTime() > live, "The final last-seen time");
            Assert.Equal(shown.GetProperty("lastSeenAt").GetDateTime(), await LastSeenAsync(database, first.Id));
        }
        finally
        {
            foreach (var station in stations)
            {
                await station.DisposeAsync();
            }
        }
    }

    private static async Task<DateTime?> LastSeenAsync(TestDatabase database, string id) =>
        Assert.Single(await DbQuery.ListAsync(database, $"SELECT last_seen_at FROM stations WHERE id = '{id}'",
            r => r.IsDBNull(0) ? (DateTime?)null : DateTime.SpecifyKind(r.GetDateTime(0), DateTimeKind.Utc)));
}

public sealed class SqliteStationStateDatabaseTests : StationStateDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStationStateDatabaseTests(PostgresServer server) : StationStateDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
