namespace OcppCsms.Billing.Pricing;

/// <summary>
/// The facts of one transaction that pricing needs, whatever the OCPP version that reported it. Times are UTC.
/// <paramref name="Readings"/> are the transaction's Energy.Active.Import.Register readings in time order; may be empty.
/// A running cost is priced with <paramref name="StoppedAt"/> = now and <paramref name="MeterStopWh"/> = the latest reading.
/// </summary>
internal sealed record BillableSession(
    string StationId,
    string? IdTag,
    string? ParentIdTag,
    DateTime StartedAt,
    DateTime StoppedAt,
    decimal MeterStartWh,
    decimal MeterStopWh,
    IReadOnlyList<EnergyReading> Readings);
