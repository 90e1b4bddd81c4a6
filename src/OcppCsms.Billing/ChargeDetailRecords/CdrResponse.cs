using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>
/// A charge detail record as operators see it: <c>transactionId</c> is the transaction's internal id (the transactions
/// API's <c>id</c>), <c>stationTransactionId</c> the station's. Energies in Wh, times UTC, money in <c>currency</c>; the
/// totals are rounded to the currency's minor unit, the lines are exact.
/// </summary>
internal sealed record CdrResponse(
    long Id, long TransactionId, string StationTransactionId, string StationId, int? ConnectorId, int? EvseId, string? IdTag,
    DateTime StartedAt, DateTime StoppedAt, decimal MeterStartWh, decimal MeterStopWh, decimal EnergyWh, decimal ChargingSeconds, decimal IdleSeconds,
    TariffReference Tariff, string Currency, decimal Net, decimal Tax, decimal Total, IReadOnlyList<TransactionCostLine> Lines, DateTime CreatedAt)
{
    public static CdrResponse From(ChargeDetailRecord c)
    {
        var cost = TransactionCosts.Cost(c);
        return new CdrResponse(
            c.Id, c.TransactionId, c.StationTransactionId, c.StationId, c.ConnectorId, c.EvseId, c.IdTag, c.StartedAt, c.StoppedAt,
            c.MeterStartWh, c.MeterStopWh, c.EnergyWh, c.ChargingSeconds, c.IdleSeconds, cost.Tariff, c.Currency, c.Net, c.Tax, c.Total,
            cost.Lines, c.CreatedAt);
    }
}
