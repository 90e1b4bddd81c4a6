using System.Globalization;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.Simulator.Terminal;

/// <summary>The report at the end of a run: per action count, errors and round-trip percentiles; then what went wrong.</summary>
internal static class Summary
{
    public static async Task WriteAsync(SimulatorStats stats, TimeSpan elapsed, TextWriter output)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Ran {elapsed.TotalSeconds:0.0} s: {stats.FramesOut} messages sent, {stats.FramesIn} received, {stats.SessionsCompleted} sessions completed, {stats.Replayed} queued messages replayed."));
        await output.WriteLineAsync();
        await output.WriteLineAsync(Row("Action", "Count", "Per s", "Errors", "p50 ms", "p90 ms", "p99 ms", "Max ms"));
        foreach (var action in stats.Actions)
        {
            var latency = action.Latency;
            await output.WriteLineAsync(Row(action.Action, Number(latency.Count), (latency.Count / seconds).ToString("0.0", CultureInfo.InvariantCulture), Number(action.Errors),
                Ms(latency.Percentile(0.50)), Ms(latency.Percentile(0.90)), Ms(latency.Percentile(0.99)), Ms(latency.Max)));
        }

        var errors = stats.Errors.ToList();
        if (errors.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Errors (count, kind, latest):");
            foreach (var error in errors)
            {
                await output.WriteLineAsync($"  {Number(error.Count),8}  {error.Kind}: {error.Last}");
            }
        }
    }

    private static string Row(string action, string count, string rate, string errors, string p50, string p90, string p99, string max) =>
        $"{action,-28} {count,10} {rate,10} {errors,8} {p50,9} {p90,9} {p99,9} {max,9}";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
}
