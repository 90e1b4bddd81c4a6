using System.Net.Http;
using System.Net.WebSockets;
using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.Simulator.Stations;

/// <summary>
/// A simulated charging station, version-neutral: its lifecycle (connect, boot, report status, heartbeat, reconnect with
/// back-off), its connectors and their charging sessions, and the queue of transaction-related messages that survives
/// connection losses. <see cref="V16.V16Station"/> and <see cref="V201.V201Station"/> say how each step looks on the
/// wire and answer the CSMS's commands.
/// </summary>
internal abstract class SimulatedStation : ICsmsCallHandler
{
    /// <summary>The id token type of the card a driver presents at the station (OCPP 2.0.1 IdTokenEnumType).</summary>
    protected const string CardIdTokenType = "ISO14443";

    private static readonly TimeSpan RebootTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan UnplugTime = TimeSpan.FromSeconds(1);

    private readonly StationSocketFactory _sockets;
    private OcppConnection? _connection;
    private TaskCompletionSource _reboot = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _everAccepted;
    private DateTime _outageUntil;
    private CancellationToken _runEnded;

    protected SimulatedStation(StationEndpoint endpoint, SimulatorOptions options, StationSocketFactory sockets, SimulatorStats stats)
    {
        Endpoint = endpoint;
        Options = options;
        Stats = stats;
        _sockets = sockets;
        Connectors = Enumerable.Range(1, options.Connectors).Select(i => new Connector(i)).ToArray();
        Queue = new TransactionMessageQueue(stats);
        MeterInterval = options.MeterInterval;
    }

    public string Id => Endpoint.StationId;

    /// <summary>Where the station connects; a 2.0.1 station's Basic password can change (SecurityCtrlr.BasicAuthPassword).</summary>
    protected StationEndpoint Endpoint { get; set; }

    protected SimulatorOptions Options { get; }

    protected SimulatorStats Stats { get; }

    protected IReadOnlyList<Connector> Connectors { get; }

    protected TransactionMessageQueue Queue { get; }

    protected Random Random { get; } = new();

    protected TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a running session reports its meter (1.6 MeterValueSampleInterval, 2.0.1 SampledDataCtrlr.TxUpdatedInterval).</summary>
    protected TimeSpan MeterInterval { get; set; }

    /// <summary>Connected and accepted by the last BootNotification: the station may send anything.</summary>
    protected bool IsOnline => OnlineConnection is not null;

    /// <summary>The open connection, accepted or not (a Pending station answers the CSMS's commands too).</summary>
    protected OcppConnection? CurrentConnection => _connection;

    /// <summary>The connection, while the station is online.</summary>
    protected OcppConnection? OnlineConnection { get; private set; }

    /// <summary>How often a failed transaction-related message is tried in all, and the base wait between tries.</summary>
    protected abstract (int Attempts, TimeSpan Interval) TransactionMessageRetries { get; }

    /// <summary>Runs until <paramref name="cancellationToken"/> fires, then ends the running sessions and delivers their last messages.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _runEnded = cancellationToken;
        var drivers = Options.Scenario == Scenario.Charge ? Connectors.Select(c => DriveConnectorAsync(c, cancellationToken)).ToList() : [];
        var outage = SimulateOutageAsync(cancellationToken);
        BootReason? bootReason = BootReason.PowerUp;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await WaitOutOutageAsync(cancellationToken);
                var connection = await OcppConnection.OpenAsync(_sockets, Endpoint, this, Stats, Options.CallTimeout, cancellationToken);
                failures = 0;
                if (await RunConnectedAsync(connection, bootReason, cancellationToken))
                {
                    bootReason = BootReason.RemoteReset;
                    await Task.Delay(RebootTime, cancellationToken);
                    continue;
                }

                bootReason = _everAccepted ? null : BootReason.PowerUp;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException)
            {
                Stats.Error("connect", e.Message);
            }

            await Delay(Options.Reconnect.Delay(failures++, Random), cancellationToken);
        }

        await Task.WhenAll(drivers.Append(outage));
    }

    public abstract ValueTask<CallAnswer> HandleAsync(string messageId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>BootNotification; true with the heartbeat interval when Accepted, false with the wait before the next try.</summary>
    protected abstract Task<(bool Accepted, TimeSpan Interval)> BootAsync(OcppConnection connection, BootReason reason, CancellationToken cancellationToken);

    /// <summary>The station's status reports after a boot: each connector's (and, in 1.6, the station's own, connector 0).</summary>
    protected virtual async Task ReportAllStatusAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        foreach (var connector in Connectors)
        {
            await SendStatusAsync(connection, connector, cancellationToken);
        }
    }

    protected abstract Task SendStatusAsync(OcppConnection connection, Connector connector, CancellationToken cancellationToken);

    protected abstract Task HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken);

    /// <summary>Asks the CSMS whether <paramref name="idTag"/> may charge.</summary>
    protected abstract Task<bool> AuthorizeAsync(OcppConnection connection, string idTag, CancellationToken cancellationToken);

    protected abstract QueuedMessage Started(ChargingSession session);

    protected abstract QueuedMessage Metered(ChargingSession session);

    protected abstract QueuedMessage Ended(ChargingSession session, StopReason reason);

    /// <summary>Changes a connector's state and reports it when online; a failed or abandoned report is not thrown.</summary>
    protected async Task SetStateAsync(Connector connector, ConnectorState state, CancellationToken cancellationToken)
    {
        connector.State = state;
        if (OnlineConnection is { } connection)
        {
            try
            {
                await SendStatusAsync(connection, connector, cancellationToken);
            }
            catch (Exception e) when (e is OcppCallException or OperationCanceledException)
            {
                // Counted by the connection, or the run ended; the next connection reports every connector again.
            }
        }
    }

    /// <summary>
    /// Claims a connector for a remote start: the one asked for, or the first free one. Null when none can take a session
    /// (OCPP 1.6 §5.11: Rejected when the connector is busy; 2.0.1 F01.FR.23/24: Rejected when Unavailable or occupied).
    /// </summary>
    protected Connector? ClaimForRemoteStart(int? connectorId)
    {
        if (connectorId is { } id)
        {
            return Connectors.FirstOrDefault(c => c.Id == id) is { } asked && asked.TryClaim() ? asked : null;
        }

        return Connectors.FirstOrDefault(c => c.TryClaim());
    }

    /// <summary>What a remote start does after its Accepted answer is sent: authorize first when configured, then charge.</summary>
    protected Func<CancellationToken, Task> StartRemotely(Connector connector, string idTag, string idTokenType, int? remoteStartId, bool authorizeFirst) => async cancellationToken =>
    {
        await SetStateAsync(connector, ConnectorState.Preparing, cancellationToken);
        if (authorizeFirst && !(OnlineConnection is { } connection && await AuthorizeAsync(connection, idTag, cancellationToken)))
        {
            connector.Release();
            await SetStateAsync(connector, connector.IdleState, cancellationToken);
            return;
        }

        _ = RunSessionAsync(connector, idTag, idTokenType, remoteStartId);
    };

    /// <summary>What a remote stop or an unlock does after its answer is sent: end the session with <paramref name="reason"/>.</summary>
    protected static Func<CancellationToken, Task> StopLater(ChargingSession session, StopReason reason) => _ =>
    {
        session.Stop(reason);
        return Task.CompletedTask;
    };

    /// <summary>A configured interval of 0 keeps the current one: a station does not heartbeat or meter back-to-back.</summary>
    protected static TimeSpan Positive(TimeSpan configured, TimeSpan current) => configured > TimeSpan.Zero ? configured : current;

    protected ChargingSession? FindSession(Func<ChargingSession, bool> match) =>
        Connectors.Select(c => c.Session).FirstOrDefault(s => s is not null && match(s));

    /// <summary>
    /// What a reset does after its answer is sent: end every session with <paramref name="reason"/>, deliver their last
    /// messages, then drop the connection and boot again (OCPP 1.6 §5.14, 2.0.1 B11/B12).
    /// </summary>
    protected Func<CancellationToken, Task> Reboot(StopReason reason) => async _ =>
    {
        await EndSessionsAsync(reason);
        _reboot.TrySetResult();
    };

    /// <summary>
    /// ChangeAvailability of the given connectors: applied at once when idle, after the running session otherwise
    /// (OCPP 1.6 §5.2 "Scheduled", 2.0.1 G03.FR.05). True when every connector changed now.
    /// </summary>
    protected bool ChangeAvailability(IEnumerable<Connector> connectors, bool operative, out Func<CancellationToken, Task> report)
    {
        var changed = connectors.Where(c => c.SetOperative(operative)).ToList();
        var now = changed.Count == connectors.Count();
        report = async cancellationToken =>
        {
            foreach (var connector in changed)
            {
                await SetStateAsync(connector, connector.IdleState, cancellationToken);
            }
        };
        return now;
    }

    private async Task<bool> RunConnectedAsync(OcppConnection connection, BootReason? bootReason, CancellationToken cancellationToken)
    {
        Stats.ConnectionOpened();
        _connection = connection;
        _reboot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepted = false;
        using var work = new CancellationTokenSource();
        try
        {
            // OCPP-J 2.0.1 part 4 §5.3: after a lost connection a station that was accepted does not boot again.
            if (bootReason is { } reason && !await BootUntilAcceptedAsync(connection, reason, cancellationToken))
            {
                return false;
            }

            accepted = true;
            _everAccepted = true;
            Stats.BootAccepted();
            OnlineConnection = connection;
            // After a boot, and after a time offline (OCPP 2.0.1 B04.FR.01, OfflineThreshold 0 here): every connector's status.
            await ReportAllStatusAsync(connection, cancellationToken);

            var (attempts, interval) = TransactionMessageRetries;
            var delivering = Guard(Queue.DeliverAsync(connection, attempts, interval, work.Token));
            var heartbeating = Guard(HeartbeatLoopAsync(connection, work.Token));
            var ended = await Task.WhenAny(connection.Completion, _reboot.Task, Task.Delay(Timeout.Infinite, cancellationToken));
            if (ended != connection.Completion && ended != _reboot.Task)
            {
                // The run is over: end the sessions and deliver what they leave in the queue before closing.
                await EndSessionsAsync(StopReason.Local);
            }

            await work.CancelAsync();
            await Task.WhenAll(delivering, heartbeating);
            return _reboot.Task.IsCompleted;
        }
        catch (OcppCallException)
        {
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            OnlineConnection = null;
            _connection = null;
            if (accepted)
            {
                Stats.AcceptedConnectionClosed();
            }

            Stats.ConnectionClosed();
            await connection.DisposeAsync();
        }
    }

    /// <summary>
    /// BootNotification until Accepted. Pending or Rejected: wait the interval the CSMS gave before the next one (OCPP 1.6
    /// §4.2, 2.0.1 B02.FR.01/B03.FR.01); an interval of 0 lets the station choose, here the heartbeat default.
    /// </summary>
    private async Task<bool> BootUntilAcceptedAsync(OcppConnection connection, BootReason reason, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TimeSpan.FromSeconds(30);
            try
            {
                var (accepted, interval) = await BootAsync(connection, reason, cancellationToken);
                if (accepted)
                {
                    HeartbeatInterval = Options.HeartbeatInterval ?? (interval > TimeSpan.Zero ? interval : HeartbeatInterval);
                    return true;
                }

                wait = interval > TimeSpan.Zero ? interval : wait;
            }
            catch (OcppCallException e) when (!e.ConnectionLost)
            {
                // Counted; try again after the default wait.
            }

            if (await Task.WhenAny(connection.Completion, Task.Delay(wait, cancellationToken)) == connection.Completion)
            {
                return false;
            }
        }
    }

    /// <summary>OCPP 1.6 §4.6, 2.0.1 G02: a Heartbeat at the interval of the BootNotification answer.</summary>
    private async Task HeartbeatLoopAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(HeartbeatInterval, cancellationToken);
            try
            {
                await HeartbeatAsync(connection, cancellationToken);
            }
            catch (OcppCallException e) when (!e.ConnectionLost)
            {
                // Counted; the next one goes at the interval.
            }
        }
    }

    /// <summary>The charge scenario on one connector: plug in after a pause, authorize, charge for a while, unplug, again.</summary>
    private async Task DriveConnectorAsync(Connector connector, CancellationToken cancellationToken)
    {
        while (await Delay(Options.SessionLength * (0.1 + (0.4 * Random.NextDouble())), cancellationToken))
        {
            if (OnlineConnection is not { } connection || cancellationToken.IsCancellationRequested || !connector.TryClaim())
            {
                continue;
            }

            await SetStateAsync(connector, ConnectorState.Preparing, cancellationToken);
            bool authorized;
            try
            {
                // OCPP 1.6 §4.1, 2.0.1 C01: the driver presents the tag before the transaction starts.
                authorized = await AuthorizeAsync(connection, Options.DriverTag(Endpoint.Index, connector.Id), cancellationToken);
            }
            catch (Exception e) when (e is OcppCallException or OperationCanceledException)
            {
                authorized = false;
            }

            if (!authorized || cancellationToken.IsCancellationRequested)
            {
                connector.Release();
                await SetStateAsync(connector, connector.IdleState, CancellationToken.None);
                continue;
            }

            await RunSessionAsync(connector, Options.DriverTag(Endpoint.Index, connector.Id), CardIdTokenType, null);
        }
    }

    /// <summary>
    /// One session on a claimed connector: start, meter values at the interval with a growing register, stop when its time
    /// is up or it is asked to, then Finishing and Available again. Its messages go through the queue, so a session goes on
    /// while the station is offline, as a real one does.
    /// </summary>
    private async Task RunSessionAsync(Connector connector, string idTag, string idTokenType, int? remoteStartId)
    {
        var session = new ChargingSession(connector, idTag, idTokenType, remoteStartId,
            powerW: Math.Round((3700m + (18300m * (decimal)Random.NextDouble())) / 100m) * 100m,
            length: Options.SessionLength * (0.1 + (0.9 * Random.NextDouble())))
        {
            MeterStartWh = connector.EnergyWh,
        };
        connector.Session = session;
        Stats.SessionStarted();
        // A session that began as the run ended still ends with it, and its StopTransaction goes out before the close.
        using var runEnded = _runEnded.Register(() => session.Stop(StopReason.Local));
        try
        {
            Queue.Enqueue(Started(session));
            await SetStateAsync(connector, ConnectorState.Charging, CancellationToken.None);
            var started = DateTime.UtcNow;
            var metered = started;
            while (true)
            {
                var remaining = session.Length - (DateTime.UtcNow - started);
                if (remaining > TimeSpan.Zero)
                {
                    await Delay(remaining < MeterInterval ? remaining : MeterInterval, session.StopRequested);
                }

                var now = DateTime.UtcNow;
                connector.EnergyWh += Math.Round(session.PowerW * (decimal)(now - metered).TotalHours, 1);
                metered = now;
                if (session.StopRequested.IsCancellationRequested || now - started >= session.Length)
                {
                    break;
                }

                Queue.Enqueue(Metered(session));
            }

            session.Stop(StopReason.Local);
            Queue.Enqueue(Ended(session, session.Reason!.Value));
            await SetStateAsync(connector, ConnectorState.Finishing, CancellationToken.None);
            await Task.Delay(UnplugTime);
            connector.Release();
            await SetStateAsync(connector, connector.IdleState, CancellationToken.None);
        }
        finally
        {
            Stats.SessionEnded();
            session.Ended.TrySetResult();
        }
    }

    /// <summary>
    /// Stops every running session and waits, within a bound, until no connector is taken — a session releases its
    /// connector only after its last message is queued — and the queue is empty.
    /// </summary>
    private async Task EndSessionsAsync(StopReason reason)
    {
        using var timeout = new CancellationTokenSource(DrainTimeout);
        try
        {
            while (Connectors.Any(c => c.Busy))
            {
                foreach (var session in Connectors.Select(c => c.Session).OfType<ChargingSession>())
                {
                    session.Stop(reason);
                }

                await Task.Delay(50, timeout.Token);
            }

            while (Queue.Count > 0 && IsOnline)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // What is still queued stays queued; it goes out at the next connection.
        }
    }

    /// <summary>--offline-after / --offline-for: the network drops once, without a closing handshake, then comes back.</summary>
    private async Task SimulateOutageAsync(CancellationToken cancellationToken)
    {
        if (Options.OfflineAfter is not { } after || !await Delay(after, cancellationToken))
        {
            return;
        }

        _outageUntil = DateTime.UtcNow + Options.OfflineFor;
        _connection?.Abort();
    }

    private async Task WaitOutOutageAsync(CancellationToken cancellationToken)
    {
        var left = _outageUntil - DateTime.UtcNow;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, cancellationToken);
        }
    }

    /// <summary>Waits; false when cancelled instead.</summary>
    private static async Task<bool> Delay(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Lets a connection-bound loop end with its connection: a lost connection or the end of the work is its normal end.</summary>
    private static async Task Guard(Task loop)
    {
        try
        {
            await loop;
        }
        catch (Exception e) when (e is OperationCanceledException or OcppCallException)
        {
            // The connection or the run ended.
        }
    }
}
