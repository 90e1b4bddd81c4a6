namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.17 ComponentVariableType: A component and optionally one of its variables, selecting what
/// GetReportRequest and GetMonitoringReportRequest report.
/// </summary>
public sealed record ComponentVariableType
{
    public required ComponentType Component { get; init; }

    public VariableType? Variable { get; init; }

    public CustomDataType? CustomData { get; init; }
}
