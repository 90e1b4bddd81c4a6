using OcppCsms.Billing.Pricing;
using OcppCsms.Transactions.Contracts;

namespace OcppCsms.Billing.Runs;

/// <summary>The facts pricing needs, from a transaction as the transactions module reports it.</summary>
internal static class BillableSessions
{
    /// <summary>Why a completed transaction cannot be priced, or null when it can.</summary>
    public static string? Missing(BillableTransaction transaction) => transaction switch
    {
        { StartedAt: null } or { StoppedAt: null } => "The transaction has no start or stop time.",
        // OCPP 2.0.1 makes meter values optional in TransactionEvent: without a register the energy is unknown, and
        // billing it as zero would undercharge silently.
        { MeterStartWh: null } or { MeterStopWh: null } => "The transaction reported no energy register reading (Energy.Active.Import.Register), so its energy is unknown.",
        _ => null,
    };

    /// <summary>A completed transaction; <see cref="Missing"/> must be null.</summary>
    public static BillableSession Completed(BillableTransaction transaction, IReadOnlyList<EnergyRegisterReading> readings) => new(
        transaction.StationId, transaction.IdTag, transaction.ParentIdTag, transaction.StartedAt!.Value, transaction.StoppedAt!.Value,
        transaction.MeterStartWh!.Value, transaction.MeterStopWh!.Value, Readings(readings));

    /// <summary>
    /// An active transaction priced as if it stopped <paramref name="now"/> at its latest reading (billing contract);
    /// null without a start register. A station clock ahead of the CSMS's never makes the session negative.
    /// </summary>
    public static BillableSession? Running(BillableTransaction transaction, IReadOnlyList<EnergyRegisterReading> readings, DateTime now) =>
        transaction is { StartedAt: { } startedAt, MeterStartWh: { } meterStart }
            ? new BillableSession(transaction.StationId, transaction.IdTag, transaction.ParentIdTag, startedAt, now < startedAt ? startedAt : now,
                meterStart, transaction.LatestEnergyWh ?? meterStart, Readings(readings))
            : null;

    /// <summary>
    /// An active transaction priced as if it stopped at the station's time <paramref name="at"/>, with the last reading
    /// taken by then (the start register before any): what a 2.0.1 Updated event's own timestamp and meter values say.
    /// </summary>
    public static BillableSession? RunningUntil(BillableTransaction transaction, IReadOnlyList<EnergyRegisterReading> readings, DateTime at) =>
        transaction is { StartedAt: { } startedAt, MeterStartWh: { } meterStart }
            ? new BillableSession(transaction.StationId, transaction.IdTag, transaction.ParentIdTag, startedAt, at < startedAt ? startedAt : at,
                meterStart, readings.LastOrDefault(r => r.At <= at)?.RegisterWh ?? meterStart, Readings(readings))
            : null;

    private static List<EnergyReading> Readings(IReadOnlyList<EnergyRegisterReading> readings) =>
        readings.Select(r => new EnergyReading(r.At, r.RegisterWh)).ToList();
}
