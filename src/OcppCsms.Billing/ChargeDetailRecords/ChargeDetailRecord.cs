using OcppCsms.Billing.Pricing;
using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>
/// A charge detail record: one completed transaction's price, with the facts it was computed from and every component
/// line, so the total can be checked by hand. Written once per transaction (the transaction id is unique) and never
/// changed: a tariff edited later does not change it. Times are UTC; energies in Wh; money in <see cref="Currency"/>.
/// </summary>
internal sealed class ChargeDetailRecord
{
    public const int StationIdMaxLength = 48;
    public const int StationTransactionIdMaxLength = 36;
    public const int IdTagMaxLength = 36;
    public const int TariffNameMaxLength = 100;
    public const int CurrencyLength = 3;

    public long Id { get; init; }

    /// <summary>The transaction's internal id (the transactions API's <c>id</c>): at most one record per transaction.</summary>
    public long TransactionId { get; init; }

    public required string StationId { get; init; }

    /// <summary>The transaction id the station used.</summary>
    public required string StationTransactionId { get; init; }

    public int? ConnectorId { get; init; }

    public int? EvseId { get; init; }

    public string? IdTag { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime StoppedAt { get; init; }

    public decimal MeterStartWh { get; init; }

    public decimal MeterStopWh { get; init; }

    public decimal EnergyWh { get; init; }

    /// <summary>From the start until the energy register last increased, in seconds.</summary>
    public decimal ChargingSeconds { get; init; }

    /// <summary>From the end of charging until the stop, the grace period included, in seconds.</summary>
    public decimal IdleSeconds { get; init; }

    public long TariffId { get; init; }

    public int TariffVersion { get; init; }

    public required string TariffName { get; init; }

    public required string Currency { get; init; }

    public decimal Net { get; init; }

    public decimal Tax { get; init; }

    public decimal Total { get; init; }

    public DateTime CreatedAt { get; init; }

    public List<ChargeDetailRecordLine> Lines { get; init; } = [];

    /// <summary>The record of a completed transaction priced as <paramref name="priced"/>.</summary>
    public static ChargeDetailRecord From(BillableTransaction transaction, PricedSession priced, DateTime createdAt) => new()
    {
        TransactionId = transaction.Id,
        StationId = transaction.StationId,
        StationTransactionId = transaction.StationTransactionId,
        ConnectorId = transaction.ConnectorId,
        EvseId = transaction.EvseId,
        IdTag = transaction.IdTag,
        StartedAt = transaction.StartedAt!.Value,
        StoppedAt = transaction.StoppedAt!.Value,
        MeterStartWh = transaction.MeterStartWh!.Value,
        MeterStopWh = transaction.MeterStopWh!.Value,
        EnergyWh = priced.EnergyWh,
        ChargingSeconds = Seconds(priced.ChargingTime),
        IdleSeconds = Seconds(priced.IdleTime),
        TariffId = priced.Tariff.TariffId,
        TariffVersion = priced.Tariff.Version,
        TariffName = priced.Tariff.Name,
        Currency = priced.Currency,
        Net = priced.Net,
        Tax = priced.Tax,
        Total = priced.Total,
        CreatedAt = createdAt,
        Lines = priced.Lines.Select((line, position) => new ChargeDetailRecordLine
        {
            Position = position,
            Component = line.Component,
            Period = line.Period,
            From = line.From,
            To = line.To,
            Quantity = line.Quantity,
            Unit = line.Unit,
            UnitPrice = line.UnitPrice,
            Amount = line.Amount,
        }).ToList(),
    };

    /// <summary>Exact seconds (a tick is 100 ns), so a duration is kept to the tick rather than rounded.</summary>
    private static decimal Seconds(TimeSpan duration) => duration.Ticks / (decimal)TimeSpan.TicksPerSecond;
}
