using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Billing.Runs;

/// <summary>
/// Bills completed transactions: each as its TransactionStopped event arrives (published after the stop's commit, for
/// 1.6 stops, 2.0.1 Ended events and stops the CSMS makes itself alike), and by a scan at start-up and every
/// <c>Billing:ScanIntervalSeconds</c> for whatever the events missed and the failures due again. The two may race over
/// one transaction; <see cref="TransactionBiller"/> writes one record whatever the order. With <c>Billing:Enabled</c>
/// false nothing runs: completed transactions wait, Pending, for the next start with billing enabled.
/// </summary>
internal sealed partial class BillingRun(
    IEventSubscriptions bus, TransactionBiller biller, BillingScan scan, IOptions<BillingOptions> options, TimeProvider clock, ILogger<BillingRun> logger)
    : BackgroundService
{
    private const int BufferSize = 4096;

    private static readonly EventFilter Stops = new(null, [CsmsEventTypes.TransactionStopped]);

    private EventSubscription? _subscription;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed before the host takes connections, so no stop slips past; the start-up scan covers the time before.
        if (options.Value.Enabled)
        {
            _subscription = Subscribe();
        }

        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_subscription is not { } subscription)
        {
            Paused(logger);
            return Task.CompletedTask;
        }

        return Task.WhenAll(FollowStopsAsync(subscription, stoppingToken), ScanAsync(stoppingToken));
    }

    private async Task FollowStopsAsync(EventSubscription subscription, CancellationToken stoppingToken)
    {
        // Only an overflow ends the subscription (the bus has logged it); the scan bills what was missed.
        await EventSubscriptionLoop.RunAsync(subscription, Subscribe, BillAsync, () => Resubscribed(logger), stoppingToken);
    }

    private async Task BillAsync(CsmsEvent stop, CancellationToken cancellationToken)
    {
        if (stop.Data.GetValueOrDefault("id") is not IConvertible id)
        {
            return;
        }

        var transactionId = id.ToInt64(CultureInfo.InvariantCulture);
        try
        {
            await biller.BillAsync(transactionId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not even the failure could be recorded; the scan finds the transaction unbilled and tries again.
            EventBillingFailed(logger, exception, transactionId);
        }
    }

    private async Task ScanAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ScanIntervalSeconds), clock);
        try
        {
            do
            {
                try
                {
                    await scan.RunAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    ScanFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; a scan cut short resumes from the stored cursor at the next start.
        }
    }

    private EventSubscription Subscribe() => bus.Subscribe("billing", Stops, BufferSize);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Billing is paused (Billing:Enabled is false): completed transactions wait, Pending, until it is enabled")]
    private static partial void Paused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Billing fell behind the stop events and subscribed again; the scan bills what was missed")]
    private static partial void Resubscribed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Billing transaction {TransactionId} on its stop failed and could not be recorded; the next scan tries again")]
    private static partial void EventBillingFailed(ILogger logger, Exception exception, long transactionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A billing scan failed; the next one starts again from the stored cursor")]
    private static partial void ScanFailed(ILogger logger, Exception exception);
}
