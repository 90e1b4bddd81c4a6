using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// Writes log-like rows in batches: callers hand rows over without waiting, one background loop inserts whatever has
/// arrived (up to <paramref name="maxBatch"/>) in bulk (<see cref="BulkInsert"/>, no change tracking), so a burst costs
/// one write instead of one per row. <typeparamref name="TRow"/> is an entity type of <typeparamref name="TContext"/>.
/// When the database falls this far behind, new rows are dropped and counted rather than holding the caller back —
/// these are records for operators, never data the product depends on. On stop, everything handed over is written
/// (within the host's shutdown timeout).
/// </summary>
public abstract class BatchWriter<TContext, TRow>(
    IDbContextFactory<TContext> contexts, PersistenceMetrics metrics, ILogger logger, int maxPending, int maxBatch) : IHostedService
    where TContext : DbContext
    where TRow : class
{
    private readonly Channel<TRow> _pending = Channel.CreateBounded<TRow>(
        new BoundedChannelOptions(maxPending) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private Task _writing = Task.CompletedTask;
    private long _dropped;

    /// <summary>What the rows are, for log lines ("webhook delivery log").</summary>
    protected abstract string Name { get; }

    /// <summary>Hands a row over; never waits. False when the row was dropped because too many are waiting.</summary>
    public bool TryRecord(TRow row)
    {
        // With FullMode.Wait, TryWrite refuses (rather than waits) when the queue is full.
        if (_pending.Writer.TryWrite(row))
        {
            return true;
        }

        if (Interlocked.Increment(ref _dropped) == 1)
        {
            BatchWriterLog.Dropping(logger, Name, maxPending);
        }

        return false;
    }

    /// <summary>Whether a row handed over earlier should still be written (its owner may be gone by now).</summary>
    protected virtual bool StillWanted(TRow row) => true;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _writing = Task.Run(WriteAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _pending.Writer.TryComplete();
        try
        {
            await _writing.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout is up; it must still exit, not fail.
            BatchWriterLog.NotWritten(logger, Name, _pending.Reader.Count);
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<TRow>(maxBatch);
        // Ends when StopAsync completes the channel and everything handed over before has been written.
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < maxBatch && _pending.Reader.TryRead(out var row))
            {
                if (StillWanted(row))
                {
                    batch.Add(row);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await using var db = await contexts.CreateDbContextAsync();
                await BulkInsert.InsertAsync(db, batch, CancellationToken.None);
                metrics.Flushed(Name, started);
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the work being logged, nor later rows.
                BatchWriterLog.WriteFailed(logger, e, Name, batch.Count);
            }

            batch.Clear();
            if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
            {
                BatchWriterLog.Dropped(logger, Name, dropped);
            }
        }
    }
}

internal static partial class BatchWriterLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Name} is behind by {Limit} rows; new rows are dropped until it catches up")]
    public static partial void Dropping(ILogger logger, string name, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Name} dropped {Count} rows while it was behind")]
    public static partial void Dropped(ILogger logger, string name, long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached; {Count} rows of the {Name} were not written")]
    public static partial void NotWritten(ILogger logger, string name, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Count} rows of the {Name}")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string name, int count);
}
