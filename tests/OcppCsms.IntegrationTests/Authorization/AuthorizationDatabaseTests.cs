using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// The authorization tables where they touch the database, on SQLite and PostgreSQL: the longest values the API
/// accepts (PostgreSQL enforces column lengths, SQLite does not), reservation ids from the database's own generator,
/// conditional updates of a reservation's status, and a local list replaced, then changed in one transaction.
/// </summary>
public abstract class AuthorizationDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Longest_values_reservation_ids_and_list_updates_are_stored_as_the_api_shows_them()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        var stationId = StationApi.UniqueId("CP").PadRight(48, 's');
        var idTag = UniqueTag("DB").PadRight(36, 't');
        var parent = new string('P', 36);
        await CreateTagAsync(client, idTag, "Accepted", DateTime.UtcNow.AddDays(1), parent, new string('d', 200));
        await using var station = await TestStation.RegisterAndConnectAsync(host, client, stationId, "ocpp2.0.1");

        var reservation = new { connectorId = 1, idTag, parentIdTag = parent, expiryDate = DateTime.UtcNow.AddHours(1) };
        var first = await ReserveAsync(client, station, reservation, "Accepted");
        var second = await ReserveAsync(client, station, reservation, "Faulted");
        await SendLocalListAsync(client, station, new { updateType = "Full", localAuthorizationList = new object[]
        {
            new { idTag, idTagInfo = new { status = "Accepted", parentIdTag = parent } },
            new { idTag = "OTHER", idTagInfo = new { status = "Accepted" } },
        } }, "Accepted");
        await SendLocalListAsync(client, station, new { updateType = "Differential", localAuthorizationList = new object[]
        {
            new { idTag = idTag.ToLowerInvariant(), idTagInfo = new { status = "Blocked", parentIdTag = parent } },
            new { idTag = "other" },
        } }, "Accepted");

        Assert.Equal(first + 1, second);
        var reservations = await DbQuery.ListAsync(database, $"SELECT id, status, id_tag FROM reservations WHERE station_id = '{stationId}' ORDER BY id",
            r => (Id: r.GetInt32(0), Status: r.GetString(1), IdTag: r.GetString(2)));
        Assert.Equal([(first, "Accepted", idTag), (second, "Faulted", idTag)], reservations);
        var list = await JsonAsync(await client.GetAsync($"/api/v1/stations/{stationId}/local-list"), HttpStatusCode.OK);
        Assert.Equal(2, list.GetProperty("listVersion").GetInt32());
        var entry = Assert.Single(list.GetProperty("entries").EnumerateArray());
        Assert.Equal((idTag.ToLowerInvariant(), "Blocked", parent), (entry.Text("idTag"), entry.GetProperty("idTagInfo").Text("status"), entry.GetProperty("idTagInfo").Text("parentIdTag")));
        var tag = await JsonAsync(await client.GetAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.OK);
        Assert.Equal((parent, 200), (tag.Text("parentIdTag"), tag.Text("description")!.Length));
        Assert.Single(await DbQuery.ListAsync(database, $"SELECT normalized_id_tag FROM id_tags WHERE normalized_id_tag = '{idTag.ToUpperInvariant()}'", r => r.GetString(0)));
    }

    [DatabaseFact]
    public async Task The_longest_evse_restriction_is_stored_as_comma_joined_text_and_read_back()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(database));
        using var client = await OperatorSession.BearerClientAsync(host);
        var idTag = UniqueTag("EVSEDB");
        var evseIds = Enumerable.Range(0, 32).Select(i => int.MaxValue - i).ToArray();

        await JsonAsync(await client.PostAsJsonAsync("/api/v1/id-tags", new { idTag, status = "Accepted", evseIds }), HttpStatusCode.Created);
        var tag = await JsonAsync(await client.GetAsync($"/api/v1/id-tags/{idTag}"), HttpStatusCode.OK);
        var stored = await DbQuery.ListAsync(database, $"SELECT evse_ids FROM id_tags WHERE normalized_id_tag = '{idTag.ToUpperInvariant()}'", r => r.GetString(0));

        Assert.Equal(evseIds, tag.GetProperty("evseIds").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(string.Join(',', evseIds), Assert.Single(stored));
    }
}

public sealed class SqliteAuthorizationDatabaseTests : AuthorizationDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresAuthorizationDatabaseTests(PostgresServer server) : AuthorizationDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
