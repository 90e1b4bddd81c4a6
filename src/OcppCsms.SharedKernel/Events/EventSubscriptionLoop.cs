namespace OcppCsms.SharedKernel.Events;

/// <summary>
/// The read loop of an in-process subscriber: every event handed to it in order until the host stops. The bus ends a
/// subscription only when its buffer overflowed (and logs that), so the loop subscribes again and tells the
/// subscriber, which knows how it makes good what it missed.
/// </summary>
public static class EventSubscriptionLoop
{
    public static async Task RunAsync(
        EventSubscription subscription,
        Func<EventSubscription> subscribeAgain,
        Func<CsmsEvent, CancellationToken, Task> handle,
        Action resubscribed,
        CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    await foreach (var csmsEvent in subscription.Events.ReadAllAsync(stoppingToken))
                    {
                        await handle(csmsEvent, stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                resubscribed();
                subscription.Dispose();
                subscription = subscribeAgain();
            }
        }
        finally
        {
            subscription.Dispose();
        }
    }
}
