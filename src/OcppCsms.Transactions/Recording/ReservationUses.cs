using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// A transaction naming a reservation ends it (OCPP 1.6 §5.13, OCPP 2.0.1 E01.FR.13). Whatever the reservation's state,
/// the transaction stands: it is committed and must be answered, so a reservation that cannot be consumed is logged.
/// </summary>
internal sealed partial class ReservationUses(IReservations reservations, ILogger<ReservationUses> logger)
{
    /// <param name="connectorId">The 1.6 connector or the 2.0.1 EVSE the reservation was made for.</param>
    public async Task ConsumeAsync(ChargingTransaction transaction, int connectorId, int reservationId, CancellationToken cancellationToken)
    {
        try
        {
            var use = await reservations.ConsumeAsync(transaction.StationId, connectorId, reservationId, transaction.IdTag ?? string.Empty, cancellationToken);
            if (use != ReservationUse.Consumed)
            {
                LogNotConsumed(logger, transaction.StationId, transaction.StationTransactionId, reservationId, use);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reservation left active expires on its own.
            LogFailed(logger, e, transaction.StationId, transaction.StationTransactionId, reservationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transaction {TransactionId} of station {StationId} named reservation {ReservationId}, which was not consumed: {Use}")]
    private static partial void LogNotConsumed(ILogger logger, string stationId, string transactionId, int reservationId, ReservationUse use);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction {TransactionId} of station {StationId} named reservation {ReservationId}, which could not be consumed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string stationId, string transactionId, int reservationId);
}
