namespace OcppCsms.Simulator;

/// <summary>Everything the command line decided, validated (see <see cref="Cli.SimulatorCommand"/>).</summary>
internal sealed record SimulatorOptions
{
    public required Uri Url { get; init; }

    public required int Stations { get; init; }

    public required ProtocolChoice Protocol { get; init; }

    public required Scenario Scenario { get; init; }

    public required string IdPrefix { get; init; }

    public required string IdTag { get; init; }

    /// <summary>Basic passwords by station identity; <see cref="SharedPassword"/> for identities not listed.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; init; } = new Dictionary<string, string>();

    public string? SharedPassword { get; init; }

    /// <summary>Connectors of a 1.6 station; EVSEs (one connector each) of a 2.0.1 station.</summary>
    public required int Connectors { get; init; }

    public required TimeSpan MeterInterval { get; init; }

    /// <summary>Overrides the interval of the BootNotification answer when set.</summary>
    public TimeSpan? HeartbeatInterval { get; init; }

    /// <summary>The longest charging session; each lasts a random 10–100 % of it.</summary>
    public required TimeSpan SessionLength { get; init; }

    /// <summary>How long to run; null: until Ctrl+C.</summary>
    public TimeSpan? Duration { get; init; }

    public Uri? ApiUrl { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>Instead of an API key: an operator account the registration signs in with.</summary>
    public string? ApiUser { get; init; }

    public string? ApiPassword { get; init; }

    public bool Register { get; init; }

    /// <summary>Stations started per second.</summary>
    public required double Ramp { get; init; }

    public TimeSpan? OfflineAfter { get; init; }

    public TimeSpan OfflineFor { get; init; }

    public required TimeSpan CallTimeout { get; init; }

    public required ReconnectPolicy Reconnect { get; init; }

    public required int SourceAddresses { get; init; }

    /// <summary>Load mode, burst scenarios: CALLs each station keeps in flight.</summary>
    public required int InFlight { get; init; }

    /// <summary>
    /// Burst scenarios, paced: messages per second over the whole fleet, each station sending its share on a fixed
    /// schedule (open loop); null: back to back.
    /// </summary>
    public double? Rate { get; init; }

    /// <summary>Load mode: the CSMS process whose resident set size is reported.</summary>
    public int? CsmsPid { get; init; }

    public string StationId(int index) => $"{IdPrefix}{index + 1:D5}";

    /// <summary>
    /// The tag of the driver who charges at a connector: <see cref="IdTag"/> and the connector's number in the fleet. Each
    /// connector has its own driver, because the CSMS answers ConcurrentTx for a tag already in a running transaction.
    /// </summary>
    public string DriverTag(int stationIndex, int connectorId) => $"{IdTag}{(stationIndex * Connectors) + connectorId:D5}";

    public IEnumerable<string> DriverTags => Enumerable.Range(0, Stations).SelectMany(s => Enumerable.Range(1, Connectors).Select(c => DriverTag(s, c)));

    public string? PasswordOf(string stationId) => Passwords.TryGetValue(stationId, out var password) ? password : SharedPassword;
}

internal enum ProtocolChoice
{
    Ocpp16,
    Ocpp201,
    Mixed,
}

internal enum Scenario
{
    /// <summary>Realistic stations: boot, status, heartbeats and charging sessions, answering every CSMS command.</summary>
    Charge,

    /// <summary>Load mode: connect, boot, heartbeat at the interval.</summary>
    Idle,

    /// <summary>Load mode: back-to-back Heartbeats.</summary>
    HeartbeatBurst,

    /// <summary>Load mode: back-to-back MeterValues of a running transaction.</summary>
    MeterValuesBurst,

    /// <summary>Load mode: every station connects and boots as fast as the ramp allows, then disconnects.</summary>
    BootStorm,

    /// <summary>Load mode: idle stations, 30 % of them charging with meter values at the interval.</summary>
    Mixed,
}

/// <summary>
/// Reconnection back-off after a lost connection, as OCPP-J 2.0.1 part 4 §5.3 describes it with the OCPPCommCtrlr
/// variables RetryBackOffWaitMinimum, RetryBackOffRandomRange and RetryBackOffRepeatTimes.
/// </summary>
internal sealed record ReconnectPolicy(TimeSpan WaitMinimum, TimeSpan RandomRange, int RepeatTimes)
{
    /// <summary>
    /// The wait before reconnection attempt <paramref name="attempt"/> (0 = the first): the minimum doubled once per
    /// earlier failed attempt, at most <see cref="RepeatTimes"/> times, plus a new random part of at most
    /// <see cref="RandomRange"/> every time, so that a fleet does not reconnect in step after a CSMS restart.
    /// </summary>
    public TimeSpan Delay(int attempt, Random random) =>
        WaitMinimum * Math.Pow(2, Math.Min(attempt, RepeatTimes)) + RandomRange * random.NextDouble();
}
