using System.Diagnostics;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Interop;

/// <summary>
/// tests/interop's npm packages, installed once for the collection: ocpp-rpc, the independent client, and with it the
/// official OCA JSON schemas of both versions. Outside CI a machine without npm skips these tests with the reason;
/// under CI=true they always run.
/// </summary>
public sealed class InteropPackages : IAsyncLifetime
{
    public static readonly string Directory = Path.Combine(HostBinary.RepositoryRoot, "tests", "interop");

    public static string? SkipReason { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || OnPath("npm")
            ? null
            : "Node.js 20+ with npm is needed for the interop tests (tests/interop).";

    /// <summary>The official schema bundle of a version, as ocpp-rpc ships it: an array of schemas with ids urn:Action.req|conf.</summary>
    public static string OfficialSchemas(string subProtocol) =>
        Path.Combine(Directory, "node_modules", "ocpp-rpc", "lib", "schemas", subProtocol == "ocpp1.6" ? "ocpp1_6.json" : "ocpp2_0_1.json");

    public async Task InitializeAsync()
    {
        if (SkipReason is null)
        {
            // npm ci installs exactly the locked versions.
            await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", TimeSpan.FromMinutes(5));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static async Task<string> RunAsync(string fileName, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CSMS_HOST_DLL"] = HostBinary.DllPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{fileName} {arguments} exited {process.ExitCode}:\n{output}");
        return output;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));
}

[CollectionDefinition(Name)]
public sealed class InteropCollection : ICollectionFixture<InteropPackages>
{
    public const string Name = "Interop";
}

/// <summary>Skipped, with the reason, where npm is missing outside CI.</summary>
public sealed class InteropFactAttribute : FactAttribute
{
    public InteropFactAttribute() => Skip = InteropPackages.SkipReason;
}
