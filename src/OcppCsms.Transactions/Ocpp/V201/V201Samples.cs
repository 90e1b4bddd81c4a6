using System.Globalization;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 meter values in version-neutral words, with the defaults of part 2 §2.41 SampledValueType: measurand
/// Energy.Active.Import.Register, context Sample.Periodic, location Outlet, unit Wh for energy measurands. The value is
/// stored with its unitOfMeasure multiplier applied (§2.49: exponent to base 10), so 12.5 kWh with multiplier 1 is kept
/// as 125 kWh, which the energy register reads as 125000 Wh. 2.0.1 values are numbers (signed data travels beside them),
/// so every value's format is Raw.
/// </summary>
internal static class V201Samples
{
    public static IReadOnlyList<SampleReading> From(IEnumerable<MeterValueType>? meterValues) =>
        meterValues is null
            ? []
            : meterValues.SelectMany(meterValue => meterValue.SampledValue.Select(sampled => From(meterValue.Timestamp, sampled))).ToList();

    private static SampleReading From(DateTime timestamp, SampledValueType sampled)
    {
        var measurand = WireName.Of(sampled.Measurand ?? MeasurandEnumType.EnergyActiveImportRegister);
        var unit = sampled.UnitOfMeasure?.Unit ?? (measurand.StartsWith("Energy.", StringComparison.Ordinal) ? "Wh" : null);
        var value = sampled.UnitOfMeasure?.Multiplier is { } multiplier and not 0 ? Scale(sampled.Value, multiplier) : sampled.Value;
        return new SampleReading(
            timestamp,
            value.ToString(CultureInfo.InvariantCulture),
            measurand,
            sampled.Phase is { } phase ? WireName.Of(phase) : null,
            unit,
            WireName.Of(sampled.Context ?? ReadingContextEnumType.SamplePeriodic),
            WireName.Of(sampled.Location ?? LocationEnumType.Outlet),
            "Raw");
    }

    private static decimal Scale(decimal value, int multiplier)
    {
        var factor = 1m;
        for (var i = 0; i < Math.Abs(multiplier); i++)
        {
            factor *= 10m;
        }

        return multiplier > 0 ? value * factor : value / factor;
    }
}
