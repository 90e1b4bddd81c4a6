using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Hosting;

/// <summary>The host process on each database provider: health, the first operator account and the JWT signing key.</summary>
public abstract class DatabaseHostTests
{
    private protected abstract string ProviderName { get; }

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>Makes the database unreachable under the running host.</summary>
    private protected abstract Task BreakAsync(TestDatabase database);

    [DatabaseFact]
    public async Task Health_endpoints_report_liveness_readiness_and_status_without_authentication()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment());

        var live = await host.Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var ready = await host.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        var health = await host.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", body.GetProperty("version").GetString());
        Assert.InRange(body.GetProperty("uptimeSeconds").GetDouble(), 0, 600);
        Assert.True(body.GetProperty("startedAt").GetDateTime() <= DateTime.UtcNow);
        Assert.Equal(ProviderName, body.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal("Healthy", body.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("connectedStations").GetInt32());

        // A clean first start on an empty database logs nothing at Error (no spurious failed-command lines).
        Assert.DoesNotContain(host.StandardOutput, line => line.Contains("\"level\":\"Error\"", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task Readiness_answers_503_with_the_reason_while_the_database_is_unreachable_and_liveness_stays_200()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment());
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/health/ready")).StatusCode);

        await BreakAsync(database);

        var ready = await host.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        var problem = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));

        var health = await host.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var database503 = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("database");
        Assert.Equal("Unhealthy", database503.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(database503.GetProperty("error").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/health/live")).StatusCode);
    }

    [DatabaseFact]
    public async Task The_configured_admin_is_created_once_and_a_later_password_change_in_configuration_does_not_overwrite_it()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var first = await CsmsProcess.StartAsync(database.HostEnvironment(("Admin__Username", "ops-lead"))))
        {
            Assert.DoesNotContain(first.StandardOutput, line => line.Contains(TestSecrets.AdminPassword, StringComparison.Ordinal));
        }

        await using (await CsmsProcess.StartAsync(database.HostEnvironment(("Admin__Username", "ops-lead"), ("Admin__Password", "another-password-entirely"))))
        {
        }

        var admin = Assert.Single(await IdentityRows.UsersAsync(database));
        Assert.Equal(("ops-lead", "Admin"), (admin.UserName, admin.Role));
        Assert.True(IdentityRows.PasswordMatches(admin.PasswordHash, TestSecrets.AdminPassword));
        Assert.False(IdentityRows.PasswordMatches(admin.PasswordHash, "another-password-entirely"));
    }

    [DatabaseFact]
    public async Task A_generated_jwt_signing_key_is_stored_and_reused_after_a_restart_and_a_configured_key_is_never_stored()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var first = await CsmsProcess.StartAsync(database.HostEnvironment()))
        {
            await first.WaitForOutputAsync(l => l.Contains("JWT signing key generated and stored", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        }

        var stored = Assert.Single(await IdentityRows.SigningKeysAsync(database));
        Assert.True(Convert.FromBase64String(stored).Length >= 32);

        await using (var second = await CsmsProcess.StartAsync(database.HostEnvironment()))
        {
            await second.WaitForOutputAsync(l => l.Contains("JWT signing key taken from the database", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        }

        var configuredKey = new string('k', 40);
        await using (var third = await CsmsProcess.StartAsync(database.HostEnvironment(("Jwt__SigningKey", configuredKey))))
        {
            await third.WaitForOutputAsync(l => l.Contains("JWT signing key taken from Jwt:SigningKey", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
            Assert.DoesNotContain(configuredKey, third.AllOutput, StringComparison.Ordinal);
        }

        Assert.Equal([stored], await IdentityRows.SigningKeysAsync(database));
    }
}

public sealed class SqliteDatabaseHostTests : DatabaseHostTests
{
    private protected override string ProviderName => "Sqlite";

    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    private protected override Task BreakAsync(TestDatabase database)
    {
        var file = ((SqliteTestDatabase)database).FilePath;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }
}

public sealed class PostgresDatabaseHostTests(PostgresServer server) : DatabaseHostTests, IUsesPostgres
{
    private protected override string ProviderName => "Postgres";

    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();

    private protected override Task BreakAsync(TestDatabase database) => ((PostgresTestDatabase)database).DropAsync();
}
