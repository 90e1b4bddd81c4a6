using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>The checks behind <see cref="TransactionFlags"/>, computed from what a write holds anyway (no extra query).</summary>
internal static class DataFlags
{
    /// <summary>How far a station clock may run ahead of the CSMS's before its times count as in the future.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private static readonly DateTime Earliest = new(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A station time judged against when the CSMS received it.</summary>
    public static TransactionFlags Timestamp(DateTime stationTime, DateTime receivedAt) =>
        (stationTime > receivedAt + FutureTolerance ? TransactionFlags.TimestampInFuture : TransactionFlags.None)
        | (stationTime < Earliest ? TransactionFlags.TimestampBefore2010 : TransactionFlags.None);

    public static TransactionFlags Timestamps(IEnumerable<DateTime> stationTimes, DateTime receivedAt) =>
        stationTimes.Aggregate(TransactionFlags.None, (flags, time) => flags | Timestamp(time, receivedAt));

    /// <summary>
    /// Register readings judged against each other and against a known earlier one: a later reading lower than an
    /// earlier one goes backwards; energy drawn faster than <paramref name="maxPowerKw"/> is implausible.
    /// </summary>
    /// <param name="known">A reading already kept (the start, or the latest stored), if any.</param>
    public static TransactionFlags Energy(IEnumerable<EnergyReading> readings, EnergyReading? known, decimal maxPowerKw)
    {
        var flags = TransactionFlags.None;
        var ordered = readings.Concat(known is { } k ? [k] : []).OrderBy(r => r.At).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            flags |= Between(ordered[i - 1], ordered[i], maxPowerKw);
        }

        return flags;
    }

    /// <summary>From one reading to a later one.</summary>
    public static TransactionFlags Between(EnergyReading earlier, EnergyReading later, decimal maxPowerKw)
    {
        var drawnWh = later.Wh - earlier.Wh;
        if (drawnWh < 0)
        {
            return TransactionFlags.EnergyRegisterBackwards;
        }

        // Wh over hours is W; at equal times any energy at all is implausible.
        var hours = (decimal)(later.At - earlier.At).TotalHours;
        return drawnWh > maxPowerKw * 1000m * hours ? TransactionFlags.ImplausibleEnergy : TransactionFlags.None;
    }
}
