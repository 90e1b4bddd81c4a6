namespace OcppCsms.Transactions.Contracts;

/// <summary>
/// A transaction as billing reads it, whatever the OCPP version that reported it. Times are UTC; the station's times
/// (<see cref="StartedAt"/>, <see cref="StoppedAt"/>) are what pricing uses, <see cref="CompletedAt"/> is the CSMS's
/// clock when it recorded the stop (null while active) and orders the completed transactions billing scans.
/// </summary>
/// <param name="Id">The internal id the REST API uses.</param>
/// <param name="StationTransactionId">The transaction id the station uses in its messages.</param>
/// <param name="ParentIdTag">The group (parent) id tag answered at the start, for the tariff precedence.</param>
/// <param name="MeterStartWh">Null when a 2.0.1 transaction reported no energy register (its energy is unknown).</param>
/// <param name="MeterStopWh">Null while active, or when a 2.0.1 transaction reported no energy register.</param>
/// <param name="LatestEnergyWh">The newest energy register reading, by its sample time: a running cost's end point.</param>
public sealed record BillableTransaction(
    long Id, string StationId, string StationTransactionId, int? ConnectorId, int? EvseId, string? IdTag, string? ParentIdTag,
    DateTime? StartedAt, DateTime? StoppedAt, DateTime? CompletedAt, decimal? MeterStartWh, decimal? MeterStopWh,
    decimal? LatestEnergyWh, DateTime? LatestEnergyAt)
{
    public bool IsCompleted => CompletedAt is not null;
}
