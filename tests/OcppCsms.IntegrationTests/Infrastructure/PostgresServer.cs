using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL server for the tests: <c>CSMS_TEST_POSTGRES</c> (an admin connection string) when set, otherwise a
/// throwaway cluster made with the local PostgreSQL binaries (initdb, pg_ctl) in a temp folder on a free port, run as
/// the postgres user when the tests run as root. Each test gets its own database, so the classes that use it
/// (<see cref="IUsesPostgres"/>, a class fixture) run in parallel on one server: the first class to start makes the
/// cluster, and it is stopped and removed when the test process exits.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionStringVariable = "CSMS_TEST_POSTGRES";
    private const string SystemUser = "postgres";
    private static readonly Lazy<Task<string>> Shared = new(StartAsync);

    public string AdminConnectionString { get; private set; } = "";

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can. Under CI=true they always run.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    private static bool RunningAsRoot => Environment.UserName == "root";

    public async Task InitializeAsync() => AdminConnectionString = await Shared.Value;

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            $"PostgreSQL tests need {ConnectionStringVariable} or the PostgreSQL server binaries (initdb, pg_ctl); install postgresql-15.");
        var cluster = Directory.CreateTempSubdirectory("csms-pg-").FullName;
        var data = Path.Combine(cluster, "data");
        var port = FreePort();
        if (RunningAsRoot)
        {
            await RunAsync("chown", ["-R", $"{SystemUser}:{SystemUser}", cluster]);
        }

        StartReaper(bin, cluster);
        await RunPostgresToolAsync(bin, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        await RunPostgresToolAsync(bin, "pg_ctl",
        [
            "-D", data, "-l", Path.Combine(cluster, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {cluster} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200",
            "start",
        ]);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>
    /// Stops and removes the cluster once this test process has gone, however it went: the test platform kills a test
    /// process that does not exit within moments of the run's end (and a crash skips every clean-up), so this is a
    /// shell of its own session that watches the process and outlives it. Started before initdb, so a start that fails
    /// half-way leaves nothing behind either.
    /// </summary>
    private static void StartReaper(string bin, string cluster)
    {
        var data = Path.Combine(cluster, "data");
        var asPostgres = RunningAsRoot ? $"runuser -u {SystemUser} -- " : "";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; "
            + $"if [ -f '{data}/postmaster.pid' ]; then {asPostgres}'{Path.Combine(bin, "pg_ctl")}' -D '{data}' -m immediate -w stop; fi; rm -rf '{cluster}'";
        var start = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        Process.Start(start)!.Dispose();
    }

    /// <summary>A new empty database; dropped (connections and all) when disposed.</summary>
    internal async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var name = $"csms_test_{Guid.NewGuid():N}"[..32];
        await ExecuteAsync($"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true };
        return new PostgresTestDatabase(this, name, builder.ConnectionString);
    }

    internal async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? FindSkipReason()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionStringVariable))
            || FindBinDirectory() is not null)
        {
            return null;
        }

        return $"PostgreSQL is not available: set {ConnectionStringVariable} to an admin connection string or install the PostgreSQL server binaries (initdb, pg_ctl).";
    }

    private static string? FindBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(directory => File.Exists(Path.Combine(directory, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        // Debian keeps the server binaries off PATH, one folder per major version; take the newest.
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // PostgreSQL refuses to run as root, so as root its tools run as the postgres user.
    private static Task RunPostgresToolAsync(string bin, string tool, string[] arguments) => RunningAsRoot
        ? RunAsync("runuser", ["-u", SystemUser, "--", Path.Combine(bin, tool), .. arguments])
        : RunAsync(Path.Combine(bin, tool), arguments);

    private static async Task RunAsync(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
