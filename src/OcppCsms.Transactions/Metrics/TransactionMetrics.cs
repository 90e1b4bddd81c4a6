using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Startup;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Metrics;

/// <summary>
/// <c>ocpp_transactions_total{status}</c>, <c>ocpp_transactions_active</c> and <c>ocpp_energy_delivered_wh_total</c>.
/// Starts and completions are read from the TransactionStarted and TransactionStopped events, which every path that
/// starts or completes a transaction publishes after its commit (1.6, 2.0.1, and whatever completes one later), so no
/// recorder has to remember the metrics. The active count is read from the database at start-up, before stations
/// connect, then kept in memory; if the subscription ever falls behind and is dropped, it is read again.
/// Orphans publish no event: the recorders report them (<see cref="Orphaned"/>).
/// </summary>
internal sealed partial class TransactionMetrics : BackgroundService, IStartupTask
{
    public const string MeterName = "OcppCsms.Transactions";
    public const string StatusStarted = "started";
    public const string StatusCompleted = "completed";
    public const string StatusOrphaned = "orphaned";

    private const int SubscriberBuffer = 100_000;
    private static readonly EventFilter Transitions = new(null, [CsmsEventTypes.TransactionStarted, CsmsEventTypes.TransactionStopped]);

    private readonly IEventSubscriptions _subscriptions;
    private readonly IDbContextFactory<TransactionsDbContext> _contexts;
    private readonly ILogger<TransactionMetrics> _logger;
    private readonly Counter<long> _transactions;
    private readonly Counter<double> _energy;
    private EventSubscription? _subscription;
    private long _active;

    public TransactionMetrics(
        IMeterFactory meterFactory, IEventSubscriptions subscriptions, IDbContextFactory<TransactionsDbContext> contexts, ILogger<TransactionMetrics> logger)
    {
        _subscriptions = subscriptions;
        _contexts = contexts;
        _logger = logger;
        var meter = meterFactory.Create(MeterName);
        _transactions = meter.CreateCounter<long>("ocpp.transactions", "{transaction}",
            "Transactions by the status they reached: started, completed, orphaned (a stop or event of a transaction whose start is unknown).");
        _energy = meter.CreateCounter<double>("ocpp.energy.delivered", "Wh", "Energy of completed transactions (stop register minus start register).");
        meter.CreateObservableGauge("ocpp.transactions.active", () => Interlocked.Read(ref _active), "{transaction}", "Transactions started and not yet completed.");
    }

    /// <summary>Before the server listens: subscribe, then count what is active (nothing can start in between).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _subscription = _subscriptions.Subscribe(nameof(TransactionMetrics), Transitions, SubscriberBuffer);
        Interlocked.Exchange(ref _active, await CountActiveAsync(cancellationToken));
    }

    public void Orphaned() => _transactions.Add(1, new KeyValuePair<string, object?>("status", StatusOrphaned));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (_subscription is { } subscription && !stoppingToken.IsCancellationRequested)
            {
                await foreach (var transition in subscription.Events.ReadAllAsync(stoppingToken))
                {
                    Count(transition);
                }

                // Completed: the bus dropped a subscriber that fell behind. Counters missed some events; the gauge recovers.
                LogResubscribed(_logger, SubscriberBuffer);
                _subscription = _subscriptions.Subscribe(nameof(TransactionMetrics), Transitions, SubscriberBuffer);
                Interlocked.Exchange(ref _active, await CountActiveAsync(stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            _subscription?.Dispose();
        }
    }

    private void Count(CsmsEvent transition)
    {
        if (transition.Type == CsmsEventTypes.TransactionStarted)
        {
            _transactions.Add(1, new KeyValuePair<string, object?>("status", StatusStarted));
            Interlocked.Increment(ref _active);
            return;
        }

        _transactions.Add(1, new KeyValuePair<string, object?>("status", StatusCompleted));
        Interlocked.Decrement(ref _active);
        // A register that went backwards (a meter replaced mid-session) is no energy delivered; a counter only grows.
        if (transition.Data.TryGetValue("energyWh", out var energy) && energy is decimal wh && wh > 0)
        {
            _energy.Add((double)wh);
        }
    }

    private async Task<long> CountActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.Transactions.LongCountAsync(t => t.Status == TransactionStatus.Active, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction metrics fell {Buffer} events behind; counts since then are incomplete, the active gauge is read again")]
    private static partial void LogResubscribed(ILogger logger, int buffer);
}
