using System.Diagnostics;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Interop;

/// <summary>
/// Runs tests/interop (Node's test runner with ocpp-rpc in strict mode) against the built host, so that the one test
/// command covers it. Outside CI a machine without npm skips it with the reason; under CI=true it always runs.
/// </summary>
public sealed class InteropTests
{
    private static readonly string Directory = Path.Combine(HostBinary.RepositoryRoot, "tests", "interop");

    public static string? SkipReason { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || OnPath("npm")
            ? null
            : "Node.js 20+ with npm is needed for the interop tests (tests/interop).";

    [InteropFact]
    public async Task An_independent_strict_ocpp_client_interoperates_with_the_host()
    {
        // npm ci installs exactly the locked versions, and reinstalls only when the lock file changed.
        await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", TimeSpan.FromMinutes(5));
        var output = await RunAsync("node", "--test --test-reporter=tap", TimeSpan.FromMinutes(5));

        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
        Assert.Matches(@"# pass [1-9]", output);
    }

    private static async Task<string> RunAsync(string fileName, string arguments, TimeSpan timeout)
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

/// <summary>Skipped, with the reason, where npm is missing outside CI.</summary>
public sealed class InteropFactAttribute : FactAttribute
{
    public InteropFactAttribute() => Skip = InteropTests.SkipReason;
}
