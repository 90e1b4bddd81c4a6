using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> SetVariableMonitoringAsync(string stationId, IReadOnlyList<VariableMonitorSetting> monitors, CancellationToken cancellationToken);

    Task<CommandResult> SetMonitoringBaseAsync(string stationId, MonitoringBase monitoringBase, CancellationToken cancellationToken);

    Task<CommandResult> SetMonitoringLevelAsync(string stationId, int severity, CancellationToken cancellationToken);

    Task<CommandResult> ClearVariableMonitoringAsync(string stationId, IReadOnlyList<int> monitorIds, CancellationToken cancellationToken);

    Task<CommandResult> GetMonitoringReportAsync(string stationId, MonitoringReportQuery query, CancellationToken cancellationToken);
}
