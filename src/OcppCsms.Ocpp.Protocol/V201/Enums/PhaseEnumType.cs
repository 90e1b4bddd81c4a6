using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.64 PhaseEnumType: How a sampled value relates to the phases (SampledValueType.phase); not
/// every phase fits every measurand.
/// </summary>
public enum PhaseEnumType
{
    L1,

    L2,

    L3,

    N,

    [JsonStringEnumMemberName("L1-N")]
    L1N,

    [JsonStringEnumMemberName("L2-N")]
    L2N,

    [JsonStringEnumMemberName("L3-N")]
    L3N,

    [JsonStringEnumMemberName("L1-L2")]
    L1L2,

    [JsonStringEnumMemberName("L2-L3")]
    L2L3,

    [JsonStringEnumMemberName("L3-L1")]
    L3L1,
}
