using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>Functional block N, monitoring (OCPP 2.0.1 part 2 N02–N06).</summary>
internal sealed partial class V201CommandAdapter
{
    public Task<CommandResult> SetVariableMonitoringAsync(string stationId, IReadOnlyList<VariableMonitorSetting> monitors, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SetVariableMonitoring",
            new SetVariableMonitoringRequest
            {
                SetMonitoringData = [.. monitors.Select(m => new SetMonitoringDataType
                {
                    Id = m.Id,
                    Transaction = m.Transaction,
                    Value = m.Value,
                    Type = Enum.Parse<MonitorEnumType>(m.Type.ToString()),
                    Severity = m.Severity,
                    Component = ToComponent(m.Component),
                    Variable = ToVariable(m.Variable),
                })],
            },
            Json.SetVariableMonitoringRequest, Json.SetVariableMonitoringResponse, cancellationToken);

    public Task<CommandResult> SetMonitoringBaseAsync(string stationId, MonitoringBase monitoringBase, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SetMonitoringBase",
            new SetMonitoringBaseRequest { MonitoringBase = Enum.Parse<MonitoringBaseEnumType>(monitoringBase.ToString()) },
            Json.SetMonitoringBaseRequest, Json.SetMonitoringBaseResponse, cancellationToken);

    public Task<CommandResult> SetMonitoringLevelAsync(string stationId, int severity, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SetMonitoringLevel", new SetMonitoringLevelRequest { Severity = severity },
            Json.SetMonitoringLevelRequest, Json.SetMonitoringLevelResponse, cancellationToken);

    public Task<CommandResult> ClearVariableMonitoringAsync(string stationId, IReadOnlyList<int> monitorIds, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ClearVariableMonitoring", new ClearVariableMonitoringRequest { Id = monitorIds },
            Json.ClearVariableMonitoringRequest, Json.ClearVariableMonitoringResponse, cancellationToken);

    public Task<CommandResult> GetMonitoringReportAsync(string stationId, MonitoringReportQuery query, CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetMonitoringReport",
            new GetMonitoringReportRequest
            {
                RequestId = requestId,
                MonitoringCriteria = query.Criteria?.Select(c => Enum.Parse<MonitoringCriterionEnumType>(c.ToString())).ToList(),
                ComponentVariable = query.ComponentVariables?.Select(cv => new ComponentVariableType
                {
                    Component = ToComponent(cv.Component),
                    Variable = cv.Variable is { } variable ? ToVariable(variable) : null,
                }).ToList(),
            },
            Json.GetMonitoringReportRequest, Json.GetMonitoringReportResponse, cancellationToken, requestId);
    }

    private static ComponentType ToComponent(ComponentAddress component) => new()
    {
        Name = component.Name,
        Instance = component.Instance,
        Evse = component.EvseId is { } evse ? new EVSEType { Id = evse, ConnectorId = component.ConnectorId } : null,
    };

    private static VariableType ToVariable(VariableAddress variable) => new() { Name = variable.Name, Instance = variable.Instance };
}
