using System.Globalization;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Reads the energy a transaction has drawn from its sampled values: the Energy.Active.Import.Register (OCPP 1.6 §7.31,
/// OCPP 2.0.1 part 2 appendix 2) in Wh or kWh, as a plain number (format Raw). A reading of one phase is not the
/// register's total, so only readings without a phase count.
/// </summary>
internal static class EnergyRegister
{
    public const string Measurand = "Energy.Active.Import.Register";

    /// <summary>The newest register reading among <paramref name="samples"/> (by the station's sample time), if any.</summary>
    public static EnergyReading? Newest(IEnumerable<SampleReading> samples)
    {
        EnergyReading? newest = null;
        foreach (var reading in Readings(samples))
        {
            if (newest is null || reading.At > newest.Value.At)
            {
                newest = reading;
            }
        }

        return newest;
    }

    /// <summary>Every register reading among <paramref name="samples"/>, in Wh, in the order given.</summary>
    public static IEnumerable<EnergyReading> Readings(IEnumerable<SampleReading> samples) =>
        samples.Select(sample => ReadWh(sample) is { } wh ? new EnergyReading(wh, sample.SampledAt) : (EnergyReading?)null)
            .OfType<EnergyReading>();

    /// <summary>The later of two readings; either may be absent.</summary>
    public static EnergyReading? Later(EnergyReading? first, EnergyReading? second) =>
        first is null || (second is not null && second.Value.At > first.Value.At) ? second : first;

    private static decimal? ReadWh(SampleReading sample)
    {
        if (sample.Measurand != Measurand || sample.Phase is not null || sample.Format != "Raw"
            || !decimal.TryParse(sample.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return sample.Unit switch
        {
            "Wh" => value,
            "kWh" => value * 1000m,
            _ => null,
        };
    }
}

/// <summary>An energy register value in Wh, at the station's time of reading.</summary>
internal readonly record struct EnergyReading(decimal Wh, DateTime At);
