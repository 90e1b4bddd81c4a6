using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Api;

/// <summary>One sampled value as the station sent it, the defaults of its absent fields filled in.</summary>
/// <param name="Timestamp">The station's time of the sample, UTC.</param>
/// <param name="Value">As sent: a decimal number as text, or a signed data block (format SignedData).</param>
internal sealed record MeterValueResponse(
    long Id, DateTime Timestamp, DateTime ReceivedAt, int? ConnectorId, int? EvseId, string Value, string Measurand, string? Phase,
    string? Unit, string Context, string Location, string Format)
{
    public static MeterValueResponse From(MeterSample s) =>
        new(s.Id, s.SampledAt, s.ReceivedAt, s.ConnectorId, s.EvseId, s.Value, s.Measurand, s.Phase, s.Unit, s.Context, s.Location, s.Format);
}
