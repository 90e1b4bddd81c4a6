namespace OcppCsms.Simulator.Stats;

/// <summary>
/// A lock-free latency histogram for many writers: buckets grow by about 4 % from 10 µs to over a minute, so percentiles
/// are exact to within one bucket while recording costs one <see cref="Interlocked.Increment(ref long)"/> and no allocation.
/// </summary>
internal sealed class LatencyHistogram
{
    private const double SmallestMicroseconds = 10;
    private const double Growth = 1.04;
    private const int BucketCount = 400;
    private static readonly double LogGrowth = Math.Log(Growth);

    private readonly long[] _buckets = new long[BucketCount];
    private long _count;
    private long _maxTicks;

    public long Count => Interlocked.Read(ref _count);

    public TimeSpan Max => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks));

    public void Record(TimeSpan elapsed)
    {
        var ticks = elapsed.Ticks;
        Interlocked.Increment(ref _buckets[BucketOf(elapsed.TotalMicroseconds)]);
        Interlocked.Increment(ref _count);
        var max = Interlocked.Read(ref _maxTicks);
        while (ticks > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxTicks, ticks, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>The upper edge of the bucket that holds the <paramref name="quantile"/> (0–1) of the recorded values.</summary>
    public TimeSpan Percentile(double quantile)
    {
        var total = Count;
        if (total == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += Interlocked.Read(ref _buckets[i]);
            if (seen >= rank)
            {
                var edge = TimeSpan.FromMicroseconds(SmallestMicroseconds * Math.Pow(Growth, i));
                return edge < Max ? edge : Max;
            }
        }

        return Max;
    }

    private static int BucketOf(double microseconds) =>
        microseconds <= SmallestMicroseconds ? 0 : Math.Min(BucketCount - 1, (int)Math.Ceiling(Math.Log(microseconds / SmallestMicroseconds) / LogGrowth));
}
