using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.25.1 GetMonitoringReportRequest (use case N02): the CSMS asks for the configured monitors,
/// reported by NotifyMonitoringReportRequest.
/// </summary>
public sealed record GetMonitoringReportRequest
{
    public required int RequestId { get; init; }

    /// <summary>Report only monitors of these kinds.</summary>
    [MinLength(1)]
    [MaxLength(3)]
    public IReadOnlyList<MonitoringCriterionEnumType>? MonitoringCriteria { get; init; }

    /// <summary>Report only monitors of these components and variables.</summary>
    [MinLength(1)]
    public IReadOnlyList<ComponentVariableType>? ComponentVariable { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.25.2 GetMonitoringReportResponse.</summary>
public sealed record GetMonitoringReportResponse
{
    public required GenericDeviceModelStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
