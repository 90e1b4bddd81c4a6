using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// The built host in its own process on a port the OS picks (127.0.0.1:0), configured the way operators configure
/// it: environment variables in the <c>Section__Key</c> form. Output is kept for assertions.
/// </summary>
internal sealed partial class CsmsProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly SemaphoreSlim _outputArrived = new(0);

    private CsmsProcess(Process process, string workingDirectory)
    {
        _process = process;
        WorkingDirectory = workingDirectory;
    }

    public string WorkingDirectory { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IReadOnlyCollection<string> StandardOutput => _stdout.ToArray();

    public IReadOnlyCollection<string> StandardError => _stderr.ToArray();

    public string AllOutput => string.Join('\n', _stdout) + "\n" + string.Join('\n', _stderr);

    public bool HasExited => _process.HasExited;

    /// <summary>The host's process id, e.g. for the simulator's <c>--csms-pid</c>.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the host and waits until it listens (or, with <paramref name="expectListening"/> false, until it exits).</summary>
    public static async Task<CsmsProcess> StartAsync(
        IReadOnlyDictionary<string, string?> environment, string[]? arguments = null, bool expectListening = true, string? workingDirectory = null)
    {
        workingDirectory ??= Directory.CreateTempSubdirectory("csms-host-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostBinary.DllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        // Only what the test says: nothing inherited from the developer's shell may change the outcome.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Format"] = "json";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new CsmsProcess(process, workingDirectory);
        process.OutputDataReceived += (_, e) => host.Collect(host._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => host.Collect(host._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (expectListening)
        {
            string line;
            try
            {
                line = await host.WaitForOutputAsync(l => ListeningLine().IsMatch(l), StartTimeout);
            }
            catch (TimeoutException)
            {
                // Nobody holds the host to dispose it: left running, it would load the machine for the rest of the run.
                await host.KillAsync();
                throw;
            }

            host.BaseAddress = new Uri(ListeningLine().Match(line).Groups["address"].Value);
            host.Http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        }

        return host;
    }

    /// <summary>Waits for an output line (stdout or stderr) matching <paramref name="predicate"/>; fails with the output so far.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var match = _stdout.Concat(_stderr).FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            if (_process.HasExited && !await _outputArrived.WaitAsync(TimeSpan.FromMilliseconds(200)))
            {
                throw new InvalidOperationException($"The host exited ({_process.ExitCode}) without the expected output:\n{AllOutput}");
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"The expected output did not appear within {timeout}:\n{AllOutput}");
            }

            await _outputArrived.WaitAsync(TimeSpan.FromMilliseconds(100));
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host did not exit within {timeout}:\n{AllOutput}");
        }

        // WaitForExit with no timeout drains the redirected streams.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as an orchestrator stopping a container sends it.</summary>
    public void Terminate()
    {
        if (kill(_process.Id, SignalTerminate) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>SIGKILL: the process ends at once, mid-work, as in a crash or an out-of-memory kill; nothing shuts down.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (!_process.HasExited)
        {
            Terminate();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
            _outputArrived.Release();
        }
    }

    private const int SignalTerminate = 15;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    [GeneratedRegex(@"listening on (?<address>https?://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
