using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// The data of the TransactionStarted and TransactionStopped events, one shape whatever the OCPP version that reported
/// the transaction, so that billing and smart charging follow 1.6 and 2.0.1 transactions alike.
/// </summary>
internal static class TransactionEventData
{
    public static Dictionary<string, object?> Started(ChargingTransaction transaction) => new()
    {
        ["id"] = transaction.Id,
        ["transactionId"] = transaction.StationTransactionId,
        ["connectorId"] = transaction.ConnectorId,
        ["evseId"] = transaction.EvseId,
        ["idTag"] = transaction.IdTag,
        ["idTagStatus"] = transaction.StartIdTagStatus,
        ["meterStartWh"] = transaction.MeterStartWh,
        ["startedAt"] = transaction.StartedAt,
        ["reservationId"] = transaction.ReservationId,
    };

    public static Dictionary<string, object?> Stopped(ChargingTransaction transaction) => new()
    {
        ["id"] = transaction.Id,
        ["transactionId"] = transaction.StationTransactionId,
        ["connectorId"] = transaction.ConnectorId,
        ["evseId"] = transaction.EvseId,
        ["idTag"] = transaction.IdTag,
        ["stopIdTag"] = transaction.StopIdTag,
        ["reason"] = transaction.StopReason,
        ["startedAt"] = transaction.StartedAt,
        ["stoppedAt"] = transaction.StoppedAt,
        ["meterStartWh"] = transaction.MeterStartWh,
        ["meterStopWh"] = transaction.MeterStopWh,
        ["energyWh"] = transaction.EnergyWh,
    };
}
