using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>The rows that keep sampled values, from a meter-values message or a stop's transaction data.</summary>
internal static class SampleRows
{
    public static IEnumerable<MeterSample> Create(
        string stationId, int? connectorId, int? evseId, string? stationTransactionId, long? transactionId, DateTime receivedAt,
        IEnumerable<SampleReading> readings) =>
        readings.Select(reading => new MeterSample
        {
            TransactionId = transactionId,
            StationId = stationId,
            ConnectorId = connectorId,
            EvseId = evseId,
            StationTransactionId = stationTransactionId,
            SampledAt = StationTime.Stored(reading.SampledAt),
            ReceivedAt = receivedAt,
            Value = reading.Value,
            Measurand = reading.Measurand,
            Phase = reading.Phase,
            Unit = reading.Unit,
            Context = reading.Context,
            Location = reading.Location,
            Format = reading.Format,
        });
}
