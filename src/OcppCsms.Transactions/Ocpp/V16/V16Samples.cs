using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Ocpp.V16;

/// <summary>
/// OCPP 1.6 meter values in version-neutral words, with the defaults of §7.43 SampledValue: measurand
/// Energy.Active.Import.Register, context Sample.Periodic, location Outlet, format Raw, and unit Wh for energy
/// measurands (the others have no default unit).
/// </summary>
internal static class V16Samples
{
    public static IReadOnlyList<SampleReading> From(IEnumerable<MeterValue>? meterValues) =>
        meterValues is null
            ? []
            : meterValues.SelectMany(meterValue => meterValue.SampledValue.Select(sampled => From(meterValue.Timestamp, sampled))).ToList();

    private static SampleReading From(DateTime timestamp, SampledValue sampled)
    {
        var measurand = WireName.Of(sampled.Measurand ?? Measurand.EnergyActiveImportRegister);
        var unit = sampled.Unit is { } given ? WireName.Of(given) : measurand.StartsWith("Energy.", StringComparison.Ordinal) ? WireName.Of(UnitOfMeasure.Wh) : null;
        return new SampleReading(
            timestamp,
            sampled.Value,
            measurand,
            sampled.Phase is { } phase ? WireName.Of(phase) : null,
            unit,
            WireName.Of(sampled.Context ?? ReadingContext.SamplePeriodic),
            WireName.Of(sampled.Location ?? Location.Outlet),
            WireName.Of(sampled.Format ?? ValueFormat.Raw));
    }
}
