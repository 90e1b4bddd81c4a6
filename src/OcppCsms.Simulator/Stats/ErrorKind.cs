namespace OcppCsms.Simulator.Stats;

/// <summary>One kind of failure (e.g. "connect", "CALLERROR BootNotification"): how often, and the latest message.</summary>
internal sealed class ErrorKind(string kind)
{
    private long _count;
    private string _last = "";

    public string Kind { get; } = kind;

    public long Count => Interlocked.Read(ref _count);

    public string Last => Volatile.Read(ref _last);

    public void Add(string message)
    {
        Interlocked.Increment(ref _count);
        Volatile.Write(ref _last, message);
    }
}
