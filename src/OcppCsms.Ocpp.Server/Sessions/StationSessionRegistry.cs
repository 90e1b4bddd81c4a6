using System.Collections.Concurrent;
using System.Net.WebSockets;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>The stations connected to this node, by identity. A singleton: no static state.</summary>
internal sealed class StationSessionRegistry : IStationSessions
{
    /// <summary>
    /// How long a command waits for a station whose upgrade is being accepted: the station has its 101 before its session
    /// is registered, so a command sent the moment it connects would otherwise find it offline.
    /// </summary>
    private static readonly TimeSpan ArrivalWait = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, StationSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _arrivals = new(StringComparer.Ordinal);
    private volatile bool _accepting = true;

    public int ConnectedCount => _sessions.Count;

    /// <summary>The sessions as they are while enumerated (no copy, no lock), for the connected-stations gauge.</summary>
    public IEnumerable<StationSession> Sessions => _sessions.Select(pair => pair.Value);

    public bool IsAccepting => _accepting;

    /// <returns>The session this one replaces (the same station reconnecting before its old socket died), if any.</returns>
    public StationSession? Register(StationSession session)
    {
        // Compare-and-swap rather than AddOrUpdate: its factories may run several times under contention, and the
        // session reported as replaced must be exactly the one this call displaced.
        while (true)
        {
            if (_sessions.TryGetValue(session.StationId, out var existing))
            {
                if (_sessions.TryUpdate(session.StationId, session, existing))
                {
                    return existing;
                }
            }
            else if (_sessions.TryAdd(session.StationId, session))
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Marks the station as arriving from before its 101 until its session is registered (or the upgrade fails), which
    /// disposing the handle ends: <see cref="FindAsync"/> waits for it meanwhile.
    /// </summary>
    public IDisposable Arriving(string stationId)
    {
        var arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _arrivals[stationId] = arrival;
        return new Arrival(this, stationId, arrival);
    }

    /// <summary>The station's session; for a station that is arriving, once it is registered (within a short wait).</summary>
    public async ValueTask<StationSession?> FindAsync(string stationId, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(stationId, out var session) && _arrivals.TryGetValue(stationId, out var arrival))
        {
            try
            {
                await arrival.Task.WaitAsync(ArrivalWait, cancellationToken);
            }
            catch (TimeoutException)
            {
                // The upgrade is still not through: the station counts as not connected.
            }

            _sessions.TryGetValue(stationId, out session);
        }

        return session;
    }

    public bool TryGet(string stationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StationSession? session) =>
        _sessions.TryGetValue(stationId, out session);

    public StationSessionInfo? Find(string stationId) => _sessions.TryGetValue(stationId, out var session) ? session.Snapshot() : null;

    public IReadOnlyCollection<string> ConnectedStationIds() => _sessions.Keys.ToArray();

    public async ValueTask<StationRegistration?> RegistrationAsync(string stationId, CancellationToken cancellationToken) =>
        _sessions.TryGetValue(stationId, out var session) ? await session.Registration.CurrentAsync(cancellationToken) : null;

    /// <returns>False when a newer session of the same station had already replaced this one.</returns>
    public bool Remove(StationSession session) =>
        _sessions.TryRemove(new KeyValuePair<string, StationSession>(session.StationId, session));

    /// <summary>
    /// Refuses new sessions and closes the open ones with 1001 Going Away (RFC 6455 §7.4.1), waiting for the
    /// stations' Close frames until <paramref name="cancellationToken"/> (the host's shutdown timeout) fires.
    /// </summary>
    public async Task CloseAllAsync(string reason, CancellationToken cancellationToken)
    {
        _accepting = false;
        var sessions = _sessions.Values.ToArray();
        try
        {
            await Task.WhenAll(sessions.Select(s => s.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, reason, cancellationToken)));
            await Task.WhenAll(sessions.Select(s => s.Ended)).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout is up: stations that did not answer the close lose their socket now.
            foreach (var session in sessions.Where(s => !s.Ended.IsCompleted))
            {
                session.Socket.Abort();
            }
        }
    }

    private sealed class Arrival(StationSessionRegistry registry, string stationId, TaskCompletionSource arrival) : IDisposable
    {
        public void Dispose()
        {
            registry._arrivals.TryRemove(new KeyValuePair<string, TaskCompletionSource>(stationId, arrival));
            arrival.TrySetResult();
        }
    }
}
