using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Protocol.Validation;
using OcppCsms.Simulator;
using OcppCsms.Simulator.Stations;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.IntegrationTests.Simulator;

/// <summary>The simulator's own rules, without a host: a valid answer to every CSMS action, the back-off, the percentiles.</summary>
public sealed class SimulatedStationAnswerTests
{
    /// <summary>Actions the stations act on themselves (<c>V16Station</c>, <c>V201Station</c>), not from the table.</summary>
    private static readonly Dictionary<OcppVersion, string[]> Handled = new()
    {
        [OcppVersion.V16] = ["RemoteStartTransaction", "RemoteStopTransaction", "Reset", "UnlockConnector", "ChangeAvailability", "GetConfiguration",
            "ChangeConfiguration", "ClearCache", "DataTransfer", "TriggerMessage"],
        [OcppVersion.V201] = ["RequestStartTransaction", "RequestStopTransaction", "Reset", "UnlockConnector", "ChangeAvailability", "TriggerMessage",
            "GetVariables", "SetVariables", "GetBaseReport", "GetTransactionStatus", "ClearCache", "DataTransfer", .. DefaultAnswers.V201NotSupported],
    };

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public void Every_csms_action_has_an_answer_and_every_default_answer_is_schema_valid(OcppVersion version)
    {
        var catalog = OcppMessageCatalog.For(version);
        foreach (var message in catalog.All.Where(m => m.SentBy != MessageSender.Station))
        {
            if (DefaultAnswers.TryGet(version, message.Action, out var answer))
            {
                var violation = OcppPayload.Validate(answer, message.Response);
                Assert.True(violation is null, $"{version} {message.Action}: {violation?.Describe(message.Action)}");
            }
            else
            {
                Assert.Contains(message.Action, Handled[version]);
            }
        }

        Assert.All(DefaultAnswers.Actions(version), action => Assert.True(catalog.TryGetCsmsAction(action, out _), $"{action} is no CSMS action of {version}"));
    }

    [Fact]
    public void The_reconnect_back_off_doubles_up_to_the_repeat_times_and_adds_at_most_the_random_range()
    {
        var policy = new ReconnectPolicy(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), RepeatTimes: 2);
        var random = new Random(7);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var floor = TimeSpan.FromSeconds(2 * Math.Pow(2, Math.Min(attempt, 2)));
            var wait = policy.Delay(attempt, random);
            Assert.InRange(wait, floor, floor + TimeSpan.FromSeconds(3));
        }
    }

    [Fact]
    public void Percentiles_come_from_the_recorded_latencies_within_a_bucket()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 100; ms++)
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal(100, histogram.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(100), histogram.Max);
        Assert.InRange(histogram.Percentile(0.50).TotalMilliseconds, 50, 50 * 1.05);
        Assert.InRange(histogram.Percentile(0.99).TotalMilliseconds, 99, 100);
    }
}
