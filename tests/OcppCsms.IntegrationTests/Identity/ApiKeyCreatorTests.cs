using System.Net;
using System.Net.Http.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// What the API accepts must fit the columns on both databases: PostgreSQL enforces column lengths, SQLite does not,
/// so a name that is valid in the API but too long for its column fails only in production.
/// </summary>
public abstract class ApiKeyCreatorTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task A_key_with_the_longest_name_allowed_can_create_keys_and_is_recorded_as_their_creator()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(IdentityHostFixture.Environment(database));
        using var admin = await OperatorSession.BearerClientAsync(host);
        var longestName = new string('k', 100);
        var creator = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = longestName, role = "Admin" }), HttpStatusCode.Created);
        using var robot = new HttpClient { BaseAddress = host.BaseAddress };
        robot.DefaultRequestHeaders.Add("X-API-Key", creator.Text("key"));

        var created = await JsonAsync(await robot.PostAsJsonAsync("/api/v1/api-keys", new { name = "made-by-a-key", role = "Viewer" }), HttpStatusCode.Created);

        var shown = await JsonAsync(await admin.GetAsync($"/api/v1/api-keys/{created.Text("id")}"), HttpStatusCode.OK);
        Assert.Equal(longestName, shown.Text("createdBy"));
    }
}

public sealed class SqliteApiKeyCreatorTests : ApiKeyCreatorTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresApiKeyCreatorTests(PostgresServer server) : ApiKeyCreatorTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
