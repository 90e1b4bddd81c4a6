using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Billing.Runs;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.Ocpp;

/// <summary>
/// OCPP 2.0.1 I02: pushes each active transaction's running cost to its station with CostUpdated every
/// <c>Billing:CostUpdatedIntervalSeconds</c> (I02.FR.01 lets the CSMS choose the interval; 0 turns pushing off). Only
/// stations connected here over 2.0.1 get it — 1.6 has no such message — and only when a tariff applies: a cost the
/// CSMS does not know is not sent as zero, which would mean free (I03.FR.04).
/// </summary>
internal sealed partial class CostUpdatedPusher(
    IBillableTransactions transactions, ITransactionCosts costs, IStationSessions sessions, IStationCommands commands,
    IOptions<BillingOptions> options, TimeProvider clock, ILogger<CostUpdatedPusher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.CostUpdatedIntervalSeconds == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CostUpdatedIntervalSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PushAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    PushFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        foreach (var transaction in await transactions.ListActiveAsync(cancellationToken))
        {
            if (sessions.Find(transaction.StationId)?.Protocol != OcppSubProtocol.V201
                || await costs.RunningCostAsync(transaction, at: null, cancellationToken) is not { } running)
            {
                continue;
            }

            var result = await commands.CostUpdatedAsync(transaction.StationId, running.Total, transaction.StationTransactionId, cancellationToken);
            if (result.Outcome != CommandOutcome.Answered)
            {
                NotDelivered(logger, transaction.StationId, transaction.StationTransactionId, result.Outcome);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CostUpdated for transaction {TransactionId} of station {StationId} was not delivered: {Outcome}")]
    private static partial void NotDelivered(ILogger logger, string stationId, string transactionId, CommandOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pushing running costs failed; the next interval tries again")]
    private static partial void PushFailed(ILogger logger, Exception exception);
}
