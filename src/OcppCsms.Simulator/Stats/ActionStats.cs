namespace OcppCsms.Simulator.Stats;

/// <summary>The CALLs of one action a simulated station sent: how many were answered, how many failed, and how fast.</summary>
internal sealed class ActionStats(string action)
{
    private long _errors;

    public string Action { get; } = action;

    public LatencyHistogram Latency { get; } = new();

    public long Errors => Interlocked.Read(ref _errors);

    public void Answered(TimeSpan elapsed) => Latency.Record(elapsed);

    public void Failed() => Interlocked.Increment(ref _errors);
}
