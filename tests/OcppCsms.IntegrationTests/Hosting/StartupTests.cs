using System.Net;
using System.Text.RegularExpressions;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Hosting;

/// <summary>Start-up as a newcomer and an operator meet it: no configuration at all, bad configuration, separate migration.</summary>
public sealed partial class StartupTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_no_configuration_it_runs_on_a_sqlite_file_under_the_working_directory_and_prints_the_admin_password_once()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("csms-fresh-").FullName;
        try
        {
            string password;
            await using (var first = await CsmsProcess.StartAsync(new Dictionary<string, string?>(), workingDirectory: workingDirectory))
            {
                Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync("/health/ready")).StatusCode);
                password = GeneratedPassword().Match(string.Join('\n', first.StandardOutput)).Groups["password"].Value;
                Assert.True(password.Length >= 20, $"No generated password was printed:\n{first.AllOutput}");
                // Printed to the console once, never inside a log line.
                Assert.Single(first.StandardOutput, line => line.Contains(password, StringComparison.Ordinal));
                Assert.DoesNotContain(first.StandardOutput, line => line.StartsWith('{') && line.Contains(password, StringComparison.Ordinal));
            }

            await using var database = new SqliteTestDatabase(Path.Combine(workingDirectory, "data"));
            Assert.True(File.Exists(database.FilePath));
            var admin = Assert.Single(await IdentityRows.UsersAsync(database));
            Assert.Equal(("admin", "Admin"), (admin.UserName, admin.Role));
            Assert.True(IdentityRows.PasswordMatches(admin.PasswordHash, password));

            await using var second = await CsmsProcess.StartAsync(new Dictionary<string, string?>(), workingDirectory: workingDirectory);
            Assert.Equal(HttpStatusCode.OK, (await second.Http.GetAsync("/health/ready")).StatusCode);
            Assert.DoesNotContain(second.StandardOutput, line => line.Contains(password, StringComparison.Ordinal) || line.Contains("password:", StringComparison.Ordinal));
            Assert.Single(await IdentityRows.UsersAsync(database));
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }

    [Theory]
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    [InlineData("Database__CommandTimeoutSeconds", "0", "Database:CommandTimeoutSeconds")]
    [InlineData("Jwt__SigningKey", "too-short", "Jwt:SigningKey")]
    [InlineData("Jwt__AccessTokenMinutes", "soon", "Jwt:AccessTokenMinutes")]
    [InlineData("Admin__Password", "short", "Admin:Password")]
    [InlineData("Logging__Format", "xml", "Logging:Format")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel:Default")]
    [InlineData("Host__ShutdownTimeoutSeconds", "0", "Host:ShutdownTimeoutSeconds")]
    [InlineData("Ocpp__MaxMessageBytes", "10", "Ocpp:MaxMessageBytes")]
    [InlineData("Ocpp__SubProtocols", "ocpp1.6,ocpp1.5", "Ocpp:SubProtocols")]
    [InlineData("Ocpp__PongTimeoutSeconds", "0", "Ocpp:PongTimeoutSeconds")]
    [InlineData("Ocpp__CallTimeoutSeconds", "0", "Ocpp:CallTimeoutSeconds")]
    public async Task A_bad_value_stops_the_start_with_one_line_that_names_the_key(string variable, string value, string key)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment((variable, value)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(ExitTimeout));
        var error = Assert.Single(host.StandardError, line => line.Length > 0);
        Assert.StartsWith("OcppCsms cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(key, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused_by_name()
    {
        await using var host = await CsmsProcess.StartAsync(new Dictionary<string, string?> { ["Database__Provider"] = "Postgres" }, expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(ExitTimeout));
        Assert.Contains("ConnectionStrings:Csms is required when Database:Provider is Postgres", Assert.Single(host.StandardError, l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_only_applies_the_migrations_and_exits_and_a_host_that_does_not_migrate_then_starts()
    {
        await using var database = new SqliteTestDatabase();
        await using (var migrator = await CsmsProcess.StartAsync(database.HostEnvironment(), ["--migrate-only"], expectListening: false))
        {
            Assert.Equal(0, await migrator.WaitForExitAsync(ExitTimeout));
            Assert.DoesNotContain(migrator.StandardOutput, line => line.Contains("listening on", StringComparison.Ordinal));
        }

        Assert.Contains("table identity_users", await SchemaReader.ReadAsync(database));
        Assert.Empty(await IdentityRows.UsersAsync(database));

        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Database__MigrateOnStart", "false")));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/health/ready")).StatusCode);
        Assert.Single(await IdentityRows.UsersAsync(database));
    }

    [Fact]
    public async Task A_host_that_does_not_migrate_refuses_a_database_behind_its_version()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Database__MigrateOnStart", "false")), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(ExitTimeout));
        var error = Assert.Single(host.StandardError, line => line.Length > 0);
        Assert.Contains("identity/20261121000000_InitialIdentity", error, StringComparison.Ordinal);
        Assert.Contains("Database:MigrateOnStart", error, StringComparison.Ordinal);
        Assert.Contains("--migrate-only", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*password: (?<password>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex GeneratedPassword();
}
