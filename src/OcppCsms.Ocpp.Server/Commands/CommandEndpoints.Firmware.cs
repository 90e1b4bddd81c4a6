using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapFirmwareCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/get-diagnostics", (string stationId, GetDiagnosticsCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetDiagnosticsAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Have the station upload its diagnostics (1.6 GetDiagnostics; 2.0.1 GetLog of the DiagnosticsLog, answering with its requestId).");
        commands.MapPost("/update-firmware", (string stationId, UpdateFirmwareCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.UpdateFirmwareAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Have the station download and install firmware (UpdateFirmware; for 2.0.1 answering with its requestId).");
    }
}
