using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.39.1 NotifyMonitoringReportRequest (use case N02): one part of the report a
/// GetMonitoringReportRequest asked for.
/// </summary>
public sealed record NotifyMonitoringReportRequest
{
    public required int RequestId { get; init; }

    /// <summary>To be continued: more parts follow (absent means false).</summary>
    public bool? Tbc { get; init; }

    /// <summary>Sequence number of this part; the first is 0.</summary>
    public required int SeqNo { get; init; }

    public required DateTime GeneratedAt { get; init; }

    [MinLength(1)]
    public IReadOnlyList<MonitoringDataType>? Monitor { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.39.2 NotifyMonitoringReportResponse: no fields.</summary>
public sealed record NotifyMonitoringReportResponse
{
    public CustomDataType? CustomData { get; init; }
}
