using System.Diagnostics;
using System.Globalization;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Registration;
using OcppCsms.Simulator.Stats;
using OcppCsms.Simulator.Terminal;

namespace OcppCsms.Simulator.Load;

/// <summary>
/// Runs a load scenario: stations ramped in over the loopback source addresses, the scenario until --duration or
/// Ctrl+C, then the per-action table plus what a benchmark needs besides: the generator's own CPU time (to show it was
/// not the bottleneck) and the CSMS's resident memory per connected station when --csms-pid is given.
/// </summary>
internal sealed class LoadRunner(SimulatorOptions options, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, options.Stations).Select(options.StationId).ToList();
        if (options.Register && !await StationRegistrar.RegisterFleetAsync(options, ids, output, error, cancellationToken))
        {
            return 2;
        }

        var stats = new SimulatorStats();
        using var sockets = new StationSocketFactory(options.SourceAddresses);
        using var stop = new CancellationTokenSource();
        var before = options.CsmsPid is { } pid ? ProcessMemory.Read(pid) : null;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var reporter = new ProgressReporter(stats, options.Stations, output, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        using var reporting = new CancellationTokenSource();
        var progress = reporter.RunAsync(reporting.Token);
        var pacing = options.Rate is { } paced ? string.Create(CultureInfo.InvariantCulture, $", paced at {paced:0.0} messages/s") : "";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Load scenario {options.Scenario}: {options.Stations} station(s) over {sockets.SourceAddresses} source address(es), {options.Ramp}/s, {options.InFlight} in flight{pacing}."));

        var running = new List<Task>(ids.Count);
        var ramp = RampAsync(ids, sockets, stats, running, stop.Token);
        try
        {
            await (options.Duration is { } duration ? Task.Delay(duration, cancellationToken) : Task.Delay(Timeout.Infinite, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: measure and stop as at the end of --duration.
        }

        // Measured while the fleet is still up: the figures a benchmark compares.
        var connected = stats.Connected;
        var during = options.CsmsPid is { } csms ? ProcessMemory.Read(csms) : null;
        var elapsed = reporter.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await stop.CancelAsync();
        await ramp;
        await Task.WhenAll(running);
        await reporting.CancelAsync();
        await progress;

        await Summary.WriteAsync(stats, elapsed, output);
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generator CPU: {cpu.TotalSeconds:0.0} s in {elapsed.TotalSeconds:0.0} s ({cpu.TotalSeconds / elapsed.TotalSeconds * 100:0} % of one core, {Environment.ProcessorCount} cores)."));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Connected at the end: {connected} of {options.Stations}."));
        if (options.Rate is { } rate)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Paced at {rate:0.0} messages/s ({rate / options.Stations:0.000}/s per station): {stats.PacedSent} sent, {stats.PacedHeldBack} held back for a free in-flight slot; round trips count from each message's scheduled time."));
        }

        if (options.CsmsPid is { } watched)
        {
            await output.WriteLineAsync(before is { } b && during is { } d
                ? string.Create(CultureInfo.InvariantCulture,
                    $"CSMS pid {watched}: RSS {b.RssKiB / 1024.0:0.0} MiB before, {d.RssKiB / 1024.0:0.0} MiB with the fleet (peak {d.PeakKiB / 1024.0:0.0} MiB), {(connected > 0 ? (d.RssKiB - b.RssKiB) / (double)connected : 0):0.0} KiB per connected station.")
                : $"CSMS pid {watched}: /proc/{watched}/status is not readable.");
        }

        return 0;
    }

    /// <summary>Starts the stations at --ramp per second; a mixed fleet alternates 1.6 and 2.0.1.</summary>
    private async Task RampAsync(List<string> ids, StationSocketFactory sockets, SimulatorStats stats, List<Task> running, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ids.Count && !stop.IsCancellationRequested; i++)
        {
            var version = options.Protocol switch
            {
                ProtocolChoice.Ocpp16 => OcppVersion.V16,
                ProtocolChoice.Ocpp201 => OcppVersion.V201,
                _ => i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201,
            };
            var endpoint = new StationEndpoint(options.Url, ids[i], version, options.PasswordOf(ids[i]), i);
            running.Add(Task.Run(() => new LoadStation(endpoint, options, sockets, stats).RunAsync(stop), CancellationToken.None));
            var due = TimeSpan.FromSeconds((i + 1) / options.Ramp) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
