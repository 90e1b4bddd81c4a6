using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.32 MeterValueType: Sampled values taken at one point in time.</summary>
public sealed record MeterValueType
{
    public required DateTime Timestamp { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<SampledValueType> SampledValue { get; init; }

    public CustomDataType? CustomData { get; init; }
}
