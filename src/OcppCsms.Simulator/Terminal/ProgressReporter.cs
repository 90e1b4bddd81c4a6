using System.Diagnostics;
using System.Globalization;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.Simulator.Terminal;

/// <summary>
/// The live progress line: stations connected and accepted, sessions charging and done, frames per second each way,
/// replayed queue messages and errors. On a terminal the line rewrites itself every second; into a file or a pipe a
/// new line goes out every ten seconds, so logs stay readable.
/// </summary>
internal sealed class ProgressReporter(SimulatorStats stats, int stations, TextWriter output, bool interactive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastIn;
    private long _lastOut;
    private TimeSpan _lastAt;

    public TimeSpan Elapsed => _clock.Elapsed;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interactive ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await WriteAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over; the summary follows.
        }

        if (interactive)
        {
            await output.WriteLineAsync();
        }
    }

    private async Task WriteAsync()
    {
        var now = _clock.Elapsed;
        var seconds = Math.Max((now - _lastAt).TotalSeconds, 0.001);
        var framesIn = stats.FramesIn;
        var framesOut = stats.FramesOut;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{now:hh\\:mm\\:ss}] connected {stats.Connected}/{stations}  accepted {stats.Accepted}  charging {stats.Charging}  sessions done {stats.SessionsCompleted}  " +
            $"msg/s in {(framesIn - _lastIn) / seconds:0.0} out {(framesOut - _lastOut) / seconds:0.0}  replayed {stats.Replayed}  errors {stats.ErrorCount}");
        (_lastIn, _lastOut, _lastAt) = (framesIn, framesOut, now);
        await (interactive ? output.WriteAsync("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 160) : line.Length)) : output.WriteLineAsync(line));
    }
}
