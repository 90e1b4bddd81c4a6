using System.Collections.Concurrent;

namespace OcppCsms.Simulator.Stats;

/// <summary>
/// What the whole fleet did, shared by every station: gauges (connected, charging), frame counters and the per-action
/// round trips of the CALLs the stations sent. Errors are counted by kind with the last message of each kind kept, so the
/// summary can say what went wrong without a log line per failure.
/// </summary>
internal sealed class SimulatorStats
{
    private readonly ConcurrentDictionary<string, ActionStats> _actions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ErrorKind> _errors = new(StringComparer.Ordinal);
    private long _connected;
    private long _accepted;
    private long _charging;
    private long _framesIn;
    private long _framesOut;
    private long _sessionsCompleted;
    private long _replayed;
    private long _pacedSent;
    private long _pacedHeldBack;

    public long Connected => Interlocked.Read(ref _connected);

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Charging => Interlocked.Read(ref _charging);

    public long FramesIn => Interlocked.Read(ref _framesIn);

    public long FramesOut => Interlocked.Read(ref _framesOut);

    public long SessionsCompleted => Interlocked.Read(ref _sessionsCompleted);

    /// <summary>Transaction-related messages that waited in an offline queue and were delivered after a reconnect.</summary>
    public long Replayed => Interlocked.Read(ref _replayed);

    /// <summary>Paced messages sent, each at or after its scheduled time.</summary>
    public long PacedSent => Interlocked.Read(ref _pacedSent);

    /// <summary>Paced messages that waited past their scheduled time for a free in-flight lane (answers lagging).</summary>
    public long PacedHeldBack => Interlocked.Read(ref _pacedHeldBack);

    public long ErrorCount => _errors.Values.Sum(e => e.Count);

    public IEnumerable<ActionStats> Actions => _actions.Values.OrderBy(a => a.Action, StringComparer.Ordinal);

    public IEnumerable<ErrorKind> Errors => _errors.Values.OrderByDescending(e => e.Count);

    public ActionStats For(string action) => _actions.GetOrAdd(action, static a => new ActionStats(a));

    public void ConnectionOpened() => Interlocked.Increment(ref _connected);

    public void ConnectionClosed() => Interlocked.Decrement(ref _connected);

    public void BootAccepted() => Interlocked.Increment(ref _accepted);

    public void AcceptedConnectionClosed() => Interlocked.Decrement(ref _accepted);

    public void SessionStarted() => Interlocked.Increment(ref _charging);

    public void SessionEnded()
    {
        Interlocked.Decrement(ref _charging);
        Interlocked.Increment(ref _sessionsCompleted);
    }

    public void FrameReceived() => Interlocked.Increment(ref _framesIn);

    public void FrameSent() => Interlocked.Increment(ref _framesOut);

    public void PacedMessageSent(bool heldBack)
    {
        Interlocked.Increment(ref _pacedSent);
        if (heldBack)
        {
            Interlocked.Increment(ref _pacedHeldBack);
        }
    }

    public void ReplayedFromQueue() => Interlocked.Increment(ref _replayed);

    public void Error(string kind, string message) => _errors.GetOrAdd(kind, static k => new ErrorKind(k)).Add(message);
}
