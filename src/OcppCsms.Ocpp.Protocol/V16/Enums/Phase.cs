using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.34 Phase: the phase, or pair of conductors, a SampledValue was measured on.</summary>
public enum Phase
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
