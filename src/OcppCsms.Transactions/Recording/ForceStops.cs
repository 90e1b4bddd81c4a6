using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Operators' force-stops of transactions stuck as Active (the station lost the stop, or will never send it). The local
/// completion is committed first and stands whatever the station does: only then is the station, when connected, asked
/// to stop the transaction too (OCPP 1.6 §5.12 RemoteStopTransaction, 2.0.1 F03 RequestStopTransaction). Its answer is
/// logged and reported, never a condition: a station that stops it sends its own stop, which is answered and changes
/// nothing (<see cref="LocalStopReasons"/>).
/// </summary>
internal sealed partial class ForceStops(
    LocalStops localStops,
    IDbContextFactory<TransactionsDbContext> contexts,
    IStationSessions sessions,
    IStationCommands commands,
    ILogger<ForceStops> logger)
{
    public async Task<ForceStopOutcome> ForceStopAsync(long id, ForceStop forceStop, CancellationToken cancellationToken)
    {
        if (await localStops.ForceStopAsync(id, forceStop, cancellationToken) is not { } stopped)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var status = await db.Transactions.Where(t => t.Id == id).Select(t => (TransactionStatus?)t.Status).SingleOrDefaultAsync(cancellationToken);
            return new ForceStopOutcome(null, status, null);
        }

        LogForceStopped(logger, stopped.StationId, stopped.StationTransactionId, stopped.Id, forceStop.By, forceStop.Reason, stopped.MeterStopWh);
        return new ForceStopOutcome(stopped, stopped.Status, await AskStationAsync(stopped, cancellationToken));
    }

    private async Task<StationStop> AskStationAsync(ChargingTransaction transaction, CancellationToken cancellationToken)
    {
        if (sessions.Find(transaction.StationId) is null)
        {
            LogNotConnected(logger, transaction.StationId, transaction.StationTransactionId);
            return StationStop.NotConnected;
        }

        var result = await commands.RemoteStopAsync(transaction.StationId, transaction.StationTransactionId, cancellationToken);
        LogStationAsked(logger, transaction.StationId, transaction.StationTransactionId, result.Outcome, result.Status);
        return new StationStop(result.Outcome.ToString(), result.Status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction {Id} ({TransactionId} of station {StationId}) force-stopped by {By} at {MeterStopWh} Wh: {Reason}")]
    private static partial void LogForceStopped(ILogger logger, string stationId, string transactionId, long id, string by, string reason, decimal? meterStopWh);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} is not connected: not asked to stop force-stopped transaction {TransactionId}")]
    private static partial void LogNotConnected(ILogger logger, string stationId, string transactionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} asked to stop force-stopped transaction {TransactionId}: {Outcome} {Status}")]
    private static partial void LogStationAsked(ILogger logger, string stationId, string transactionId, CommandOutcome outcome, string? status);
}
