using System.Globalization;
using System.Text.Json;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 meter values (MeterValueType, SampledValueType) in version-neutral words, with the defaults of part 2
/// §2.41 and §2.49: measurand Energy.Active.Import.Register, context Sample.Periodic, location Outlet, unit Wh for energy
/// measurands. A value is a number in 2.0.1 (format Raw), kept as value × 10^multiplier in the unit as sent, so the
/// stored number means what the station meant. A signedMeterValue is kept beside it as a sample of format SignedData
/// whose value is its JSON text (signedMeterData, signingMethod, encodingMethod, publicKey), as 1.6 keeps signed data.
/// </summary>
internal static class V201Samples
{
    /// <summary>The most decimal places a decimal holds; a value scaled beyond it is kept in exponent notation instead.</summary>
    private const int MaxScale = 28;

    /// <summary>The samples of a MeterValues message, or of a TransactionEvent (whose meterValue is optional).</summary>
    public static IReadOnlyList<SampleReading> From(IEnumerable<MeterValueType>? meterValues) =>
        meterValues is null
            ? []
            : meterValues.SelectMany(meterValue => meterValue.SampledValue.SelectMany(sampled => From(meterValue.Timestamp, sampled))).ToList();

    private static IEnumerable<SampleReading> From(DateTime timestamp, SampledValueType sampled)
    {
        var measurand = WireName.Of(sampled.Measurand ?? MeasurandEnumType.EnergyActiveImportRegister);
        var unit = sampled.UnitOfMeasure?.Unit ?? (measurand.StartsWith("Energy.", StringComparison.Ordinal) ? "Wh" : null);
        var reading = new SampleReading(
            timestamp,
            Scaled(sampled.Value, sampled.UnitOfMeasure?.Multiplier ?? 0),
            measurand,
            sampled.Phase is { } phase ? WireName.Of(phase) : null,
            unit,
            WireName.Of(sampled.Context ?? ReadingContextEnumType.SamplePeriodic),
            WireName.Of(sampled.Location ?? LocationEnumType.Outlet),
            "Raw");
        yield return reading;
        if (sampled.SignedMeterValue is { } signed)
        {
            yield return reading with { Value = JsonSerializer.Serialize(signed, V201JsonContext.Default.SignedMeterValueType), Format = "SignedData" };
        }
    }

    /// <summary>
    /// value × 10^multiplier (UnitOfMeasureType.multiplier is the exponent to base 10, default 0), exactly: the multiplier
    /// moves the decimal point of the digits as sent (1.25 with 3 is 1250, 2300 with -1 is 230.0), it never rounds.
    /// </summary>
    private static string Scaled(decimal value, int multiplier)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = value < 0;
        var newScale = (long)scale - multiplier;
        if (newScale is >= 0 and <= MaxScale)
        {
            return new decimal(bits[0], bits[1], bits[2], negative, (byte)newScale).ToString(CultureInfo.InvariantCulture);
        }

        if (newScale is < 0 and >= -MaxScale)
        {
            try
            {
                var whole = new decimal(bits[0], bits[1], bits[2], negative, 0);
                for (var i = 0; i < -newScale; i++)
                {
                    whole *= 10m;
                }

                return whole.ToString(CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // Too large for a decimal: kept in exponent notation below.
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value}E{multiplier}");
    }
}
