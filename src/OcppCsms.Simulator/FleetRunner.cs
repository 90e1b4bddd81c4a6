using OcppCsms.Ocpp.Protocol;
using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Registration;
using OcppCsms.Simulator.Stations;
using OcppCsms.Simulator.Stations.V16;
using OcppCsms.Simulator.Stations.V201;
using OcppCsms.Simulator.Stats;
using OcppCsms.Simulator.Terminal;

namespace OcppCsms.Simulator;

/// <summary>Runs the charge scenario: registers the fleet when asked, starts the stations at the ramp rate, reports, summarises.</summary>
internal sealed class FleetRunner(SimulatorOptions options, TextWriter output, TextWriter error)
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
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Duration is { } duration)
        {
            run.CancelAfter(duration);
        }

        var reporter = new ProgressReporter(stats, options.Stations, output, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        using var reporting = new CancellationTokenSource();
        var progress = reporter.RunAsync(reporting.Token);
        await output.WriteLineAsync($"Starting {options.Stations} station(s) ({Describe(options.Protocol)}) against {options.Url}, {options.Ramp} per second.");

        var running = new List<Task>(ids.Count);
        var interval = TimeSpan.FromSeconds(1 / options.Ramp);
        for (var i = 0; i < ids.Count && !run.IsCancellationRequested; i++)
        {
            running.Add(Create(i, ids[i], sockets, stats).RunAsync(run.Token));
            try
            {
                await Task.Delay(interval, run.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running);
        await reporting.CancelAsync();
        await progress;
        await Summary.WriteAsync(stats, reporter.Elapsed, output);
        return 0;
    }

    private SimulatedStation Create(int index, string id, StationSocketFactory sockets, SimulatorStats stats)
    {
        var version = options.Protocol switch
        {
            ProtocolChoice.Ocpp16 => OcppVersion.V16,
            ProtocolChoice.Ocpp201 => OcppVersion.V201,
            _ => index % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201,
        };
        var endpoint = new StationEndpoint(options.Url, id, version, options.PasswordOf(id), index);
        return version == OcppVersion.V16 ? new V16Station(endpoint, options, sockets, stats) : new V201Station(endpoint, options, sockets, stats);
    }

    private static string Describe(ProtocolChoice protocol) => protocol switch
    {
        ProtocolChoice.Ocpp16 => OcppSubProtocol.V16,
        ProtocolChoice.Ocpp201 => OcppSubProtocol.V201,
        _ => $"{OcppSubProtocol.V16} and {OcppSubProtocol.V201} alternating",
    };
}
