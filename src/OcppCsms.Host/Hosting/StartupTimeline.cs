using System.Diagnostics;
using System.Runtime;

namespace OcppCsms.Host.Hosting;

/// <summary>
/// Where the start-up time goes (issue 9 asks for readiness within a second): at each stage, the wall time and the CPU
/// time since the process started (so the runtime's own start shows as the first stage) and how many methods the JIT
/// had compiled by then, the part ReadyToRun cannot remove. Logged at Debug (category
/// <c>OcppCsms.Host.Hosting.StartupTimeline</c>) once the server listens, because the logger exists only after the
/// host is built.
/// </summary>
internal sealed partial class StartupTimeline
{
    private readonly List<(string Stage, double SinceStartMs, double CpuMs, long JittedMethods, double JitMs)> _marks = [];

    public void Mark(string stage)
    {
        using var process = Process.GetCurrentProcess();
        _marks.Add((stage, (DateTime.UtcNow - ProductInfo.StartedAt).TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalMilliseconds));
    }

    /// <summary>Marks "listening" when the server has started, then logs every stage.</summary>
    public void ReportWhenListening(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupTimeline>();
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Mark("listening");
            foreach (var (stage, sinceStartMs, cpuMs, jittedMethods, jitMs) in _marks)
            {
                LogStage(logger, stage, Math.Round(sinceStartMs), Math.Round(cpuMs), jittedMethods, Math.Round(jitMs));
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Stage} at {SinceStartMs} ms since the process started, {CpuMs} ms CPU, {JittedMethods} methods JIT-compiled in {JitMs} ms")]
    private static partial void LogStage(ILogger logger, string stage, double sinceStartMs, double cpuMs, long jittedMethods, double jitMs);
}
