using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.40.1 NotifyReportRequest (use cases B07, B08): one part of a device model report the CSMS asked
/// for with GetBaseReportRequest or GetReportRequest.
/// </summary>
public sealed record NotifyReportRequest
{
    /// <summary>The requestId of the GetBaseReportRequest or GetReportRequest.</summary>
    public required int RequestId { get; init; }

    public required DateTime GeneratedAt { get; init; }

    /// <summary>"To be continued": another part of the report follows. Absent means false.</summary>
    public bool? Tbc { get; init; }

    /// <summary>The part's sequence number, from 0.</summary>
    public required int SeqNo { get; init; }

    [MinLength(1)]
    public IReadOnlyList<ReportDataType>? ReportData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.40.2 NotifyReportResponse: no fields.</summary>
public sealed record NotifyReportResponse
{
    public CustomDataType? CustomData { get; init; }
}
