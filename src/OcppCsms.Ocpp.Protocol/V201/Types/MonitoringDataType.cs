using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.34 MonitoringDataType: The monitors set on one component variable, as reported in
/// NotifyMonitoringReportRequest.
/// </summary>
public sealed record MonitoringDataType
{
    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<VariableMonitoringType> VariableMonitoring { get; init; }

    public CustomDataType? CustomData { get; init; }
}
