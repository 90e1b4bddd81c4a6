using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.35 ReadingContext: why a SampledValue was taken (default Sample.Periodic).</summary>
public enum ReadingContext
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
