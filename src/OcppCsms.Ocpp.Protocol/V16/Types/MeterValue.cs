namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.33 MeterValue: sampled values taken at one point in time, in MeterValues.req and StopTransaction.req.</summary>
public sealed record MeterValue
{
    public required DateTime Timestamp { get; init; }

    public required IReadOnlyList<SampledValue> SampledValue { get; init; }
}
