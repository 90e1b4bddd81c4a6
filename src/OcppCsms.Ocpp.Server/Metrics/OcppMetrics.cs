using System.Collections.Frozen;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Sessions;

namespace OcppCsms.Ocpp.Server.Metrics;

/// <summary>
/// The OCPP edge's instruments: connected stations by protocol, messages by direction, action and protocol, CALLERRORs
/// by code, the handling time of each station CALL and the round trip of each CSMS command. Every label value is one
/// of a fixed set of strings (the catalog's action names, the error codes, the subprotocols): what a station writes
/// never becomes a label, so it cannot create series at will, and the hot path allocates nothing of its own.
/// </summary>
internal sealed class OcppMetrics
{
    public const string MeterName = "OcppCsms.Ocpp";
    public const string In = "in";
    public const string Out = "out";

    /// <summary>The action label of a CALL whose action its version does not define, or of an answer to no pending call.</summary>
    public const string OtherAction = "other";

    /// <summary>The error code label of a code no OCPP version defines.</summary>
    public const string OtherErrorCode = "other";

    /// <summary>Station messages are handled in milliseconds; the upper buckets catch a database that stalls.</summary>
    private static readonly double[] HandlingBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Commands wait for a station over the network, up to <c>Ocpp:CallTimeoutSeconds</c>.</summary>
    private static readonly double[] CommandBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    /// <summary>Codes as received, in either version's spelling (OCPP-J 1.6 §4.2.3 FormationViolation, OccurenceConstraintViolation).</summary>
    private static readonly FrozenDictionary<string, string> ReceivedErrorCodes = Enum.GetValues<OcppErrorCode>()
        .SelectMany(code => new[] { (Wire: code.ToString(), Label: code.ToString()), (Wire: code.ToWire(OcppVersion.V16), Label: code.ToString()) })
        .DistinctBy(pair => pair.Wire)
        .ToFrozenDictionary(pair => pair.Wire, pair => pair.Label, StringComparer.Ordinal);

    private readonly StationSessionRegistry _registry;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _handling;
    private readonly Histogram<double> _commands;

    public OcppMetrics(IMeterFactory meterFactory, StationSessionRegistry registry)
    {
        _registry = registry;
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("ocpp.connected_stations", ConnectedStations, "{station}", "Stations connected to this node, by OCPP protocol.");
        _messages = meter.CreateCounter<long>("ocpp.messages", "{message}", "OCPP messages received (in) and sent (out), by action and protocol.");
        _errors = meter.CreateCounter<long>("ocpp.message.errors", "{message}", "CALLERRORs sent (out) and received (in), by error code.");
        _handling = meter.CreateHistogram("ocpp.message.duration", "s", "Time from a station's CALL to the CSMS's answer being sent, by action.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = HandlingBuckets });
        _commands = meter.CreateHistogram("ocpp.command.duration", "s", "Round trip of a CSMS command to a station, by command and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = CommandBuckets });
    }

    /// <summary>A station's CALL arrived; the handle it returns is handed to <see cref="Handled"/> once it is answered.</summary>
    public Handling CallReceived(OcppVersion version, string action)
    {
        var handling = new Handling(OcppSubProtocol.Of(version), StationAction(version, action), Stopwatch.GetTimestamp());
        Count(In, handling.Action, handling.Protocol);
        return handling;
    }

    /// <summary>The CALLRESULT or CALLERROR answering <paramref name="handling"/>'s CALL has been sent.</summary>
    public void Handled(Handling handling) =>
        _handling.Record(Stopwatch.GetElapsedTime(handling.Started).TotalSeconds, new KeyValuePair<string, object?>("action", handling.Action));

    public void ResultSent(Handling handling) => Count(Out, handling.Action, handling.Protocol);

    /// <param name="action">The CALL's action; null for a message too broken to name one.</param>
    public void ErrorSent(OcppVersion version, string? action, OcppErrorCode code)
    {
        Count(Out, action is null ? OtherAction : StationAction(version, action), OcppSubProtocol.Of(version));
        _errors.Add(1, new KeyValuePair<string, object?>("direction", Out), new KeyValuePair<string, object?>("error_code", code.ToString()));
    }

    /// <summary>A CALLRESULT or CALLERROR from a station; <paramref name="action"/> is the pending call's, null when none matched.</summary>
    public void AnswerReceived(OcppVersion version, string? action, string? errorCode)
    {
        Count(In, action is null ? OtherAction : CsmsAction(version, action), OcppSubProtocol.Of(version));
        if (errorCode is not null)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("direction", In),
                new KeyValuePair<string, object?>("error_code", ReceivedErrorCodes.GetValueOrDefault(errorCode, OtherErrorCode)));
        }
    }

    /// <summary>
    /// A command's exchange ended (<paramref name="started"/> from <see cref="Stopwatch.GetTimestamp"/>). Unless the
    /// station was offline its CALL went out, which counts as a message sent.
    /// </summary>
    public void CommandCompleted(OcppVersion version, string action, CommandOutcome outcome, long started)
    {
        var command = CsmsAction(version, action);
        if (outcome != CommandOutcome.Offline)
        {
            Count(Out, command, OcppSubProtocol.Of(version));
        }

        _commands.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", outcome.ToString()));
    }

    private void Count(string direction, string action, string protocol) => _messages.Add(1,
        new KeyValuePair<string, object?>("direction", direction),
        new KeyValuePair<string, object?>("action", action),
        new KeyValuePair<string, object?>("protocol", protocol));

    private static string StationAction(OcppVersion version, string action) =>
        OcppMessageCatalog.For(version).TryGet(action, out var message) && message.SentBy != MessageSender.Csms ? message.Action : OtherAction;

    private static string CsmsAction(OcppVersion version, string action) =>
        OcppMessageCatalog.For(version).TryGetCsmsAction(action, out var message) ? message.Action : OtherAction;

    /// <summary>Counted when Prometheus scrapes, by walking the registry: nothing is kept up to date per connection.</summary>
    private IEnumerable<Measurement<int>> ConnectedStations()
    {
        int v16 = 0, v201 = 0;
        foreach (var session in _registry.Sessions)
        {
            _ = session.Version == OcppVersion.V16 ? v16++ : v201++;
        }

        return
        [
            new Measurement<int>(v16, new KeyValuePair<string, object?>("protocol", OcppSubProtocol.V16)),
            new Measurement<int>(v201, new KeyValuePair<string, object?>("protocol", OcppSubProtocol.V201)),
        ];
    }

    /// <summary>One CALL being handled: its labels and when it arrived.</summary>
    internal readonly record struct Handling(string Protocol, string Action, long Started);
}
