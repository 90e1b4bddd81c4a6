using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.Simulator.Stations;

/// <summary>
/// The station's queue of transaction-related messages. Every such message goes through it, online or not, so they
/// reach the CSMS in the order they happened (OCPP 1.6 §3.7: "the delivery of new transaction-related messages SHALL wait
/// until the queue has been emptied"; OCPP 2.0.1 part 2 E "Delivering transaction-related messages"). While the
/// station is offline the queue grows; after the reconnect <see cref="DeliverAsync"/> replays it in order.
/// </summary>
internal sealed class TransactionMessageQueue(SimulatorStats stats)
{
    private readonly LinkedList<QueuedMessage> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public int Count
    {
        get
        {
            lock (_messages)
            {
                return _messages.Count;
            }
        }
    }

    public void Enqueue(QueuedMessage message)
    {
        lock (_messages)
        {
            _messages.AddLast(message);
        }

        _arrived.Release();
    }

    /// <summary>
    /// Sends the queued messages one by one over <paramref name="connection"/> until it ends. A message the CSMS answers
    /// with a CALLERROR, a broken answer or none in time is retried <paramref name="attempts"/> times in all, waiting <paramref name="retryInterval"/> times
    /// the number of earlier tries, then dropped (OCPP 1.6 §3.7.1, TransactionMessageAttempts and
    /// TransactionMessageRetryInterval; 2.0.1 E13 with MessageAttempts and MessageAttemptInterval). A message whose answer
    /// was lost with the connection stays first in the queue and goes again after the reconnect.
    /// </summary>
    public async Task DeliverAsync(OcppConnection connection, int attempts, TimeSpan retryInterval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (Peek() is not { } message)
            {
                await _arrived.WaitAsync(cancellationToken);
                continue;
            }

            var payload = message.Payload();
            if (payload is null)
            {
                Remove(message);
                continue;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var answer = await connection.CallAsync(message.Action, payload, cancellationToken);
                    Remove(message);
                    if (message.QueuedOffline)
                    {
                        stats.ReplayedFromQueue();
                    }

                    message.Answered?.Invoke(answer);
                    break;
                }
                catch (OcppCallException e) when (!e.ConnectionLost && attempt < attempts)
                {
                    await Task.Delay(retryInterval * attempt, cancellationToken);
                }
                catch (OcppCallException e) when (!e.ConnectionLost)
                {
                    stats.Error($"dropped {message.Action}", $"{message.Action} dropped after {attempts} failed attempts: {e.Message}");
                    Remove(message);
                    break;
                }
            }
        }
    }

    private QueuedMessage? Peek()
    {
        lock (_messages)
        {
            return _messages.First?.Value;
        }
    }

    private void Remove(QueuedMessage message)
    {
        lock (_messages)
        {
            _messages.Remove(message);
        }
    }
}
