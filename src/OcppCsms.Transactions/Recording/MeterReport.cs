namespace OcppCsms.Transactions.Recording;

/// <summary>
/// The sampled values of one meter-values message, whatever the version: from a 1.6 connector or a 2.0.1 EVSE (0 = the
/// station's main meter), for the station's transaction id when one was named.
/// </summary>
internal sealed record MeterReport(
    string StationId, int? ConnectorId, int? EvseId, string? StationTransactionId, IReadOnlyList<SampleReading> Samples, DateTime ReceivedAt);
