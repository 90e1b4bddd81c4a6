using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapMonitoringCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/set-variable-monitoring", (string stationId, SetVariableMonitoringCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetVariableMonitoringAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Set or replace monitors on device model variables (2.0.1 SetVariableMonitoring; 1.6 has none: 400).");
        commands.MapPost("/set-monitoring-base", (string stationId, SetMonitoringBaseCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetMonitoringBaseAsync(stationId, command.MonitoringBase!.Value, cancellationToken)))
            .WithSummary("Choose the set of monitors the station runs (2.0.1 SetMonitoringBase).");
        commands.MapPost("/set-monitoring-level", (string stationId, SetMonitoringLevelCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetMonitoringLevelAsync(stationId, command.Severity!.Value, cancellationToken)))
            .WithSummary("Set the least severe events (0–9) the station reports (2.0.1 SetMonitoringLevel).");
        commands.MapPost("/clear-variable-monitoring", (string stationId, ClearVariableMonitoringCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.ClearVariableMonitoringAsync(stationId, command.Id!, cancellationToken)))
            .WithSummary("Remove monitors by id (2.0.1 ClearVariableMonitoring).");
        commands.MapPost("/get-monitoring-report", (string stationId, GetMonitoringReportCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetMonitoringReportAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Ask for the station's monitors (2.0.1 GetMonitoringReport), answering with the requestId its NotifyMonitoringReports carry.");
    }
}
