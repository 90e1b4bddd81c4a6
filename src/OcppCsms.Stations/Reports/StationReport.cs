namespace OcppCsms.Stations.Reports;

/// <summary>
/// One message of a report or notification a 2.0.1 station sent (NotifyMonitoringReport, NotifyDisplayMessages,
/// NotifyCustomerInformation, ReportChargingProfiles, NotifyChargingLimit, ClearedChargingLimit, NotifyEVChargingNeeds,
/// NotifyEVChargingSchedule), kept as received. A report in several parts is several rows with the same request id,
/// told apart by <see cref="SeqNo"/> where the message has one, and all but the last with <see cref="Tbc"/> set.
/// </summary>
internal sealed class StationReport
{
    /// <summary>The longest of the actions kept (NotifyCustomerInformation, NotifyEVChargingSchedule: 25), with room.</summary>
    public const int ActionMaxLength = 40;

    public Guid Id { get; init; }

    public required string StationId { get; init; }

    public required string Action { get; init; }

    /// <summary>The requestId of the CSMS request the report answers; null for unsolicited notifications.</summary>
    public int? RequestId { get; init; }

    /// <summary>The part's sequence number, from 0, where the message numbers its parts.</summary>
    public int? SeqNo { get; init; }

    /// <summary>"To be continued": more parts of this report follow.</summary>
    public bool Tbc { get; init; }

    /// <summary>The payload exactly as the station sent it (JSON text).</summary>
    public required string Payload { get; init; }

    public DateTime ReceivedAt { get; init; }
}
