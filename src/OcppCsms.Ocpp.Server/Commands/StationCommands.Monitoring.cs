using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> SetVariableMonitoringAsync(string stationId, IReadOnlyList<VariableMonitorSetting> monitors, CancellationToken cancellationToken) =>
        With(stationId, "SetVariableMonitoring", adapter => adapter.SetVariableMonitoringAsync(stationId, monitors, cancellationToken), cancellationToken);

    public Task<CommandResult> SetMonitoringBaseAsync(string stationId, MonitoringBase monitoringBase, CancellationToken cancellationToken) =>
        With(stationId, "SetMonitoringBase", adapter => adapter.SetMonitoringBaseAsync(stationId, monitoringBase, cancellationToken), cancellationToken);

    public Task<CommandResult> SetMonitoringLevelAsync(string stationId, int severity, CancellationToken cancellationToken) =>
        With(stationId, "SetMonitoringLevel", adapter => adapter.SetMonitoringLevelAsync(stationId, severity, cancellationToken), cancellationToken);

    public Task<CommandResult> ClearVariableMonitoringAsync(string stationId, IReadOnlyList<int> monitorIds, CancellationToken cancellationToken) =>
        With(stationId, "ClearVariableMonitoring", adapter => adapter.ClearVariableMonitoringAsync(stationId, monitorIds, cancellationToken), cancellationToken);

    public Task<CommandResult> GetMonitoringReportAsync(string stationId, MonitoringReportQuery query, CancellationToken cancellationToken) =>
        With(stationId, "GetMonitoringReport", adapter => adapter.GetMonitoringReportAsync(stationId, query, cancellationToken), cancellationToken);
}
