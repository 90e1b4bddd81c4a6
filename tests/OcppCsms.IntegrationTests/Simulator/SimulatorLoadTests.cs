using System.Globalization;
using System.Text.RegularExpressions;
using OcppCsms.IntegrationTests.Stations;

namespace OcppCsms.IntegrationTests.Simulator;

/// <summary>
/// The simulator's load mode against the real host, small: seconds of back-to-back, then of paced, Heartbeats from 1.6
/// and 2.0.1 stations, and the table the benchmark reads. Counts are asserted, never
/// timings (numbers belong in bench/).
/// </summary>
public sealed partial class SimulatorLoadTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task A_heartbeat_burst_answers_every_heartbeat_and_prints_the_table_cpu_and_csms_memory()
    {
        var apiKey = await SimulatorRun.OperatorApiKeyAsync(fixture.Host);
        await using var run = SimulatorRun.Start(fixture.Host,
            "--scenario", "heartbeat-burst", "--stations", "4", "--protocol", "mixed", "--in-flight", "2", "--source-addresses", "2",
            "--id-prefix", StationApi.UniqueId("SIML") + "-", "--register", "--api-key", apiKey, "--duration", "8", "--ramp", "50",
            "--csms-pid", fixture.Host.ProcessId.ToString(CultureInfo.InvariantCulture));

        await run.EndAsync(TimeSpan.FromSeconds(40));
        var output = run.Output;
        var heartbeats = Row(output, "Heartbeat");
        var boots = Row(output, "BootNotification");
        Assert.True(heartbeats.Count > 0, output);
        Assert.Equal((0, 0), (heartbeats.Errors, boots.Errors));
        // Every frame received answered a CALL of the table, and unanswered are at most the CALLs still in flight when the
        // run ended (4 stations, 2 each): no answer was lost or misattributed.
        var totals = Totals().Match(output);
        Assert.True(totals.Success, output);
        var (sent, received) = (long.Parse(totals.Groups["sent"].Value, CultureInfo.InvariantCulture), long.Parse(totals.Groups["received"].Value, CultureInfo.InvariantCulture));
        Assert.True(received == boots.Count + heartbeats.Count && sent - received is >= 0 and <= 8,
            $"sent {sent}, received {received}, boots {boots.Count}, heartbeats {heartbeats.Count}:\n{output}");
        Assert.Equal(4, Row(output, "(connect)").Count);
        Assert.Contains("Connected at the end: 4 of 4.", output);
        Assert.Matches(@"Generator CPU: \d+\.\d s in \d+\.\d s", output);
        Assert.Matches($@"CSMS pid {fixture.Host.ProcessId}: RSS \d+\.\d MiB before, \d+\.\d MiB with the fleet", output);
        Assert.DoesNotContain("Errors (count, kind, latest)", output);
    }

    [Fact]
    public async Task A_paced_run_sends_at_most_its_rate_and_has_every_message_answered()
    {
        const int Rate = 40, Seconds = 8, Stations = 4, InFlight = 4;
        var apiKey = await SimulatorRun.OperatorApiKeyAsync(fixture.Host);
        await using var run = SimulatorRun.Start(fixture.Host,
            "--scenario", "heartbeat-burst", "--rate", Rate.ToString(CultureInfo.InvariantCulture), "--stations", Stations.ToString(CultureInfo.InvariantCulture),
            "--protocol", "mixed", "--in-flight", InFlight.ToString(CultureInfo.InvariantCulture), "--id-prefix", StationApi.UniqueId("SIMP") + "-",
            "--register", "--api-key", apiKey, "--duration", Seconds.ToString(CultureInfo.InvariantCulture), "--ramp", "50");

        await run.EndAsync(TimeSpan.FromSeconds(40));
        var output = run.Output;
        var paced = Paced().Match(output);
        Assert.True(paced.Success, output);
        var sent = long.Parse(paced.Groups["sent"].Value, CultureInfo.InvariantCulture);
        // Each station sends Rate / Stations per second from a phase within its first period, for at most the run: never
        // more than Rate × Seconds plus one each (the back-to-back burst of the test above sends thousands). The lower
        // bound only needs the stations to have booted within the first three quarters of the run.
        Assert.InRange(sent, Rate * Seconds / 4, (Rate * Seconds) + Stations);
        // Open loop, yet nothing lost: every paced message was answered, but those still in flight when the run ended.
        var heartbeats = Row(output, "Heartbeat");
        Assert.Equal(0, heartbeats.Errors);
        Assert.InRange(sent - heartbeats.Count, 0, Stations * InFlight);
    }

    /// <summary>An action's row of the summary table: its count and errors.</summary>
    private static (long Count, long Errors) Row(string output, string action)
    {
        var match = TableRow().Matches(output).FirstOrDefault(m => m.Groups["action"].Value == action);
        Assert.True(match is not null, $"No row for {action}:\n{output}");
        return (long.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups["errors"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Paced at [\d.]+ messages/s \([\d.]+/s per station\): (?<sent>\d+) sent, \d+ held back")]
    private static partial Regex Paced();

    [GeneratedRegex(@"(?<sent>\d+) messages sent, (?<received>\d+) received")]
    private static partial Regex Totals();

    [GeneratedRegex(@"^(?<action>\S+)\s+(?<count>\d+)\s+[\d.]+\s+(?<errors>\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
