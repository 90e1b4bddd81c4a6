using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Transactions.SmartCharging;

/// <summary>
/// Ends TxProfiles with their transactions, from the TransactionStarted and TransactionStopped events the transactions
/// side publishes after its commit (data: <c>transactionId</c>, <c>connectorId</c>, <c>evseId</c>, <c>idTag</c>). The
/// bus may drop a subscriber that falls behind; a missed stop is made good at the next start on the same connector
/// (<see cref="ChargingProfileStore.TransactionStartedAsync"/>), so a stale TxProfile never outlives the next transaction.
/// </summary>
internal sealed partial class TransactionProfileLifetime(IEventSubscriptions bus, ChargingProfileStore store, ILogger<TransactionProfileLifetime> logger)
    : BackgroundService
{
    private const int BufferSize = 1024;

    private static readonly EventFilter TransactionEvents = new(null, [CsmsEventTypes.TransactionStarted, CsmsEventTypes.TransactionStopped]);

    private EventSubscription? _subscription;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed before the host starts taking connections, so no transaction event slips past.
        _subscription = Subscribe();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscription = _subscription!;
        // Only an overflow ends the subscription (the bus has logged it).
        await EventSubscriptionLoop.RunAsync(subscription, Subscribe, HandleAsync, () => Resubscribed(logger), stoppingToken);
    }

    private EventSubscription Subscribe() => bus.Subscribe("charging profiles", TransactionEvents, BufferSize);

    private async Task HandleAsync(CsmsEvent csmsEvent, CancellationToken cancellationToken)
    {
        if (csmsEvent.StationId is not { } stationId || Text(csmsEvent.Data, "transactionId") is not { } transactionId)
        {
            return;
        }

        try
        {
            // A 2.0.1 transaction's profiles are kept per EVSE, a 1.6 one's per connector.
            var connectorId = Number(csmsEvent.Data, "evseId") ?? Number(csmsEvent.Data, "connectorId");
            var idTag = Text(csmsEvent.Data, "idTag");
            if (csmsEvent.Type == CsmsEventTypes.TransactionStopped)
            {
                await store.TransactionEndedAsync(stationId, transactionId, connectorId, idTag, cancellationToken);
            }
            else if (connectorId is { } started)
            {
                await store.TransactionStartedAsync(stationId, started, transactionId, idTag, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One failed write must not end the lifetime of every later transaction's profiles.
            UpdateFailed(logger, exception, csmsEvent.Type, stationId, transactionId);
        }
    }

    private static string? Text(IReadOnlyDictionary<string, object?> data, string key) =>
        data.GetValueOrDefault(key) is IConvertible value ? value.ToString(CultureInfo.InvariantCulture) : null;

    private static int? Number(IReadOnlyDictionary<string, object?> data, string key) =>
        data.GetValueOrDefault(key) is IConvertible value ? value.ToInt32(CultureInfo.InvariantCulture) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The charging profiles fell behind the transaction events and subscribed again; a missed stop is made good at the connector's next start")]
    private static partial void Resubscribed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the TxProfiles after {EventType} of transaction {TransactionId} at station {StationId}")]
    private static partial void UpdateFailed(ILogger logger, Exception exception, string eventType, string stationId, string transactionId);
}
