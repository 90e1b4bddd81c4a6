using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    /// <summary>The 2.0.1 device model commands (block B); a 1.6 station is refused them (400, naming its own command).</summary>
    private static void MapProvisioningCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/get-base-report", (string stationId, GetBaseReportCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetBaseReportAsync(stationId, command.ReportBase!.Value, cancellationToken)))
            .WithSummary("Ask a 2.0.1 station for a device model report (GetBaseReport), answering at once with the ocppRequestId its NotifyReport parts carry.");
        commands.MapPost("/get-report", (string stationId, GetReportCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetReportAsync(stationId, command.ComponentVariable, command.ComponentCriteria, cancellationToken)))
            .WithSummary("Ask a 2.0.1 station for a report of some components/variables and/or criteria (GetReport), answering at once with the ocppRequestId.");
        commands.MapPost("/get-variables", (string stationId, GetVariablesCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetVariablesAsync(stationId, command.GetVariableData!, cancellationToken)))
            .WithSummary("Read variables of a 2.0.1 station (GetVariables); the accepted values are kept in its device model (/variables).");
        commands.MapPost("/set-variables", (string stationId, SetVariablesCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetVariablesAsync(stationId, command.SetVariableData!, cancellationToken)))
            .WithSummary("Set variables of a 2.0.1 station (SetVariables); the accepted values are kept in its device model. SecurityCtrlr.BasicAuthPassword rotates its Basic password.");
        commands.MapPost("/set-network-profile", (string stationId, SetNetworkProfileCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.SetNetworkProfileAsync(stationId, command.ConfigurationSlot!.Value, command.ConnectionData!.ToProfile(), cancellationToken)))
            .WithSummary("Store a network connection profile in a configuration slot of a 2.0.1 station (SetNetworkProfile).");
    }
}
