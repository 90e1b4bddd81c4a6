using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>OCPP 1.6 has no device model monitors (2.0.1 block N): nothing is sent.</summary>
internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> SetVariableMonitoringAsync(string stationId, IReadOnlyList<VariableMonitorSetting> monitors, CancellationToken cancellationToken) =>
        Only201("SetVariableMonitoring");

    public Task<CommandResult> SetMonitoringBaseAsync(string stationId, MonitoringBase monitoringBase, CancellationToken cancellationToken) =>
        Only201("SetMonitoringBase");

    public Task<CommandResult> SetMonitoringLevelAsync(string stationId, int severity, CancellationToken cancellationToken) =>
        Only201("SetMonitoringLevel");

    public Task<CommandResult> ClearVariableMonitoringAsync(string stationId, IReadOnlyList<int> monitorIds, CancellationToken cancellationToken) =>
        Only201("ClearVariableMonitoring");

    public Task<CommandResult> GetMonitoringReportAsync(string stationId, MonitoringReportQuery query, CancellationToken cancellationToken) =>
        Only201("GetMonitoringReport");

    /// <summary>A 2.0.1 message 1.6 has no counterpart of (neither in edition 2 nor in the security whitepaper).</summary>
    private static Task<CommandResult> Only201(string action) =>
        CommandCaller.Refuse(action, OcppErrorCode.NotImplemented, $"OCPP 1.6 has no {action}: it exists only in OCPP 2.0.1.");
}
