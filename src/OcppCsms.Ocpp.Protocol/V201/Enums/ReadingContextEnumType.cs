using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.66 ReadingContextEnumType: Why a sampled value was taken (SampledValueType.context). Absent
/// means Sample.Periodic.
/// </summary>
public enum ReadingContextEnumType
{
    [JsonStringEnumMemberName("Interruption.Begin")]
    InterruptionBegin,

    [JsonStringEnumMemberName("Interruption.End")]
    InterruptionEnd,

    Other,

    [JsonStringEnumMemberName("Sample.Clock")]
    SampleClock,

    [JsonStringEnumMemberName("Sample.Periodic")]
    SamplePeriodic,

    [JsonStringEnumMemberName("Transaction.Begin")]
    TransactionBegin,

    [JsonStringEnumMemberName("Transaction.End")]
    TransactionEnd,

    Trigger,
}
