using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OcppCsms.Events.Persistence;

namespace OcppCsms.Events.Webhooks;

/// <summary>
/// Writes delivery attempts to <c>events_webhook_deliveries</c> in batches: one SaveChanges per burst, not per attempt, so
/// a webhook subscribed to meter values does not cost a write per event. Registered before the dispatcher, so it stops
/// after it and writes the attempts the dispatcher recorded while stopping.
/// </summary>
internal sealed partial class DeliveryLog(IDbContextFactory<EventsDbContext> contexts, WebhookStore webhooks, ILogger<DeliveryLog> logger) : IHostedService
{
    private const int MaxPending = 10_000;
    private const int MaxBatch = 500;

    private readonly Channel<WebhookDeliveryAttempt> _pending = Channel.CreateBounded<WebhookDeliveryAttempt>(
        new BoundedChannelOptions(MaxPending) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private Task _writing = Task.CompletedTask;

    /// <summary>Never waits: with the database this far behind, losing log lines beats holding deliveries back.</summary>
    public void Record(WebhookDeliveryAttempt attempt)
    {
        if (!_pending.Writer.TryWrite(attempt))
        {
            LogDropped(logger, attempt.DeliveryId, attempt.Attempt);
        }
    }

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
            LogNotWritten(logger, _pending.Reader.Count);
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<WebhookDeliveryAttempt>(MaxBatch);
        // Ends when StopAsync completes the channel and everything recorded before has been written.
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var attempt))
            {
                // A webhook deleted meanwhile has had its log deleted; its last attempts should not reappear.
                if (webhooks.Exists(attempt.WebhookId))
                {
                    batch.Add(attempt);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await using var db = await contexts.CreateDbContextAsync();
                db.DeliveryAttempts.AddRange(batch);
                await db.SaveChangesAsync();
            }
            catch (Exception e)
            {
                // The log is for operators; a database hiccup must not stop deliveries or later log lines.
                LogWriteFailed(logger, e, batch.Count);
            }

            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The webhook delivery log is full; attempt {Attempt} of delivery {DeliveryId} is not logged")]
    private static partial void LogDropped(ILogger logger, Guid deliveryId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached; {Count} webhook delivery log lines were not written")]
    private static partial void LogNotWritten(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Count} webhook delivery log lines")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
