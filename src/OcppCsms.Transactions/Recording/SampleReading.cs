namespace OcppCsms.Transactions.Recording;

/// <summary>
/// One sampled value in version-neutral words: the wire names of OCPP 1.6 §7.43 SampledValue and OCPP 2.0.1
/// SampledValueType, with the defaults of the absent fields already applied by the version's handler.
/// </summary>
internal sealed record SampleReading(
    DateTime SampledAt, string Value, string Measurand, string? Phase, string? Unit, string Context, string Location, string Format);
