using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// The registry where it touches the database, on SQLite and PostgreSQL: racing first connections of one unknown
/// station, the longest values the API accepts (PostgreSQL enforces column lengths, SQLite does not), and the list
/// filters, whose "connected" half is a list of ids handed to the query.
/// </summary>
public abstract class StationRegistryDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Concurrent_first_connections_of_an_unknown_station_all_succeed_and_create_exactly_one_row()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        var id = UniqueId("CP-RACE");
        var sockets = Enumerable.Range(0, 8).Select(_ => StationClient.Create("ocpp1.6")).ToList();

        try
        {
            await Task.WhenAll(sockets.Select(socket => socket.ConnectAsync(StationClient.Uri(host, id), StationClient.Timeout())));

            Assert.All(sockets, socket => Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode));
            var rows = await DbQuery.ListAsync(database, $"SELECT registration_status, security_profile FROM stations WHERE id = '{id}'",
                r => (Status: r.GetString(0), Profile: r.GetInt32(1)));
            Assert.Equal(("Pending", 0), Assert.Single(rows));
        }
        finally
        {
            sockets.ForEach(socket => socket.Dispose());
        }
    }

    [DatabaseFact]
    public async Task The_longest_identity_cn_and_password_the_api_accepts_are_stored_and_work()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        var id = UniqueId("CP").PadRight(48, 'x');
        var password = new string('p', 20) + new string('~', 20);
        var commonName = new string('c', 64);

        await RegisterAsync(client, id, profile: 1, password, commonName);

        using (var station = await ConnectAsync(StationClient.Uri(host, id), Basic(id, password)))
        {
            Assert.Contains(id, await ListIdsAsync(client, "connected=true"));
            Assert.DoesNotContain(id, await ListIdsAsync(client, "connected=false"));
            await station.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        }

        var shown = await GetAsync(client, id);
        Assert.Equal(commonName, shown.Text("certificateCommonName"));
        Assert.Contains(id, await ListIdsAsync(client, "registrationStatus=Accepted&sort=-updatedAt"));
        var stored = Assert.Single(await DbQuery.ListAsync(database, $"SELECT password_hash, password_salt FROM stations WHERE id = '{id}'",
            r => (Hash: r.GetString(0), Salt: r.GetString(1))));
        Assert.Matches("^[0-9a-f]{64}$", stored.Hash);
        Assert.Matches("^[0-9a-f]{32}$", stored.Salt);
        Assert.DoesNotContain(password, stored.Hash + stored.Salt, StringComparison.Ordinal);

        var rejected = await JsonAsync(await client.PostAsync($"/api/v1/stations/{Uri.EscapeDataString(id)}/reject", null), HttpStatusCode.OK);
        Assert.Equal("Rejected", rejected.Text("registrationStatus"));
        Assert.Contains(id, await ListIdsAsync(client, "registrationStatus=Rejected"));
        var updated = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{Uri.EscapeDataString(id)}/password", new { }), HttpStatusCode.OK);
        await AssertAcceptedAsync(StationClient.Uri(host, id), Basic(id, updated.Text("password")!));
    }
}

public sealed class SqliteStationRegistryDatabaseTests : StationRegistryDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStationRegistryDatabaseTests(PostgresServer server) : StationRegistryDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
