using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// <c>db_batch_flush_duration_seconds{writer}</c>: how long each batch of a <see cref="GroupCommitWriter{TContext, TItem}"/>
/// or <see cref="BatchWriter{TContext, TRow}"/> takes to reach the database. With group commits this is the wait every
/// message of the batch adds to its answer, so it is the first figure to read when station answers slow down.
/// </summary>
public sealed class PersistenceMetrics
{
    public const string MeterName = "OcppCsms.Persistence";

    private static readonly double[] FlushBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
    private readonly Histogram<double> _flushes;

    public PersistenceMetrics(IMeterFactory meterFactory) =>
        _flushes = meterFactory.Create(MeterName).CreateHistogram("db.batch.flush.duration", "s",
            "Time to write one batch of a group-commit or batch writer, by writer.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = FlushBuckets });

    /// <param name="started">From <see cref="Stopwatch.GetTimestamp"/> when the batch's write began.</param>
    internal void Flushed(string writer, long started) =>
        _flushes.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("writer", writer));
}
