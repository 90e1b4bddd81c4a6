using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// Writes data that must not be lost in group commits: each caller hands its item over and waits; one background loop
/// takes whatever has arrived (up to <paramref name="maxBatch"/>), commits it in one database transaction, and only then
/// completes every waiting caller. Under load a burst costs one commit instead of one per message, and an answer that
/// says "stored" is never sent for data still in memory. Unlike <see cref="BatchWriter{TContext, TRow}"/> nothing is
/// dropped: when <paramref name="capacity"/> items wait, callers wait for room (back-pressure reaches the senders). A
/// failed commit fails every caller of that batch, who can then answer so that the sender retries.
/// </summary>
public abstract class GroupCommitWriter<TContext, TItem>(
    IDbContextFactory<TContext> contexts, PersistenceMetrics metrics, ILogger logger, int capacity, int maxBatch) : IHostedService
    where TContext : DbContext
{
    private readonly Channel<Handover> _pending = Channel.CreateBounded<Handover>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _abandon = new();
    private Task _writing = Task.CompletedTask;

    /// <summary>What the items are, for log lines ("meter values").</summary>
    protected abstract string Name { get; }

    /// <summary>
    /// Hands <paramref name="item"/> over and completes once the batch holding it is committed. Throws what the commit
    /// threw when it failed. Cancelling stops the wait, not the write: an item handed over is written with its batch.
    /// </summary>
    public async Task WriteAsync(TItem item, CancellationToken cancellationToken)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _pending.Writer.WriteAsync(new Handover(item, committed), cancellationToken);
        await committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Adds or changes what <paramref name="items"/> stand for and commits it, all or nothing.</summary>
    protected abstract Task CommitAsync(TContext context, IReadOnlyList<TItem> items, CancellationToken cancellationToken);

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
            // The host's shutdown timeout is up: the batch in flight is abandoned and its callers told so.
            GroupCommitWriterLog.Abandoned(logger, Name, _pending.Reader.Count);
            await _abandon.CancelAsync();
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<Handover>(maxBatch);
        var items = new List<TItem>(maxBatch);
        // Ends when StopAsync completes the channel and everything handed over before has been committed.
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < maxBatch && _pending.Reader.TryRead(out var handover))
            {
                batch.Add(handover);
                items.Add(handover.Item);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await using var db = await contexts.CreateDbContextAsync(_abandon.Token);
                await CommitAsync(db, items, _abandon.Token);
                metrics.Flushed(Name, started);
                batch.ForEach(h => h.Committed.TrySetResult());
            }
            catch (Exception e)
            {
                // The callers report it (their senders retry); the loop goes on with the next batch.
                GroupCommitWriterLog.CommitFailed(logger, e, Name, batch.Count);
                batch.ForEach(h => h.Committed.TrySetException(e));
            }

            batch.Clear();
            items.Clear();
        }
    }

    private sealed record Handover(TItem Item, TaskCompletionSource Committed);
}

internal static partial class GroupCommitWriterLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached; the {Name} batch in flight and {Count} waiting items were not committed")]
    public static partial void Abandoned(ILogger logger, string name, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not commit {Count} {Name}")]
    public static partial void CommitFailed(ILogger logger, Exception exception, string name, int count);
}
