using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal static partial class CommandEndpoints
{
    private static void MapPublishingCommands(RouteGroupBuilder commands)
    {
        commands.MapPost("/publish-firmware", (string stationId, PublishFirmwareCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.PublishFirmwareAsync(stationId, command.ToRequest(), cancellationToken)))
            .WithSummary("Have a Local Controller download firmware and publish it to its stations (2.0.1 PublishFirmware), answering with the requestId.");
        commands.MapPost("/unpublish-firmware", (string stationId, UnpublishFirmwareCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.UnpublishFirmwareAsync(stationId, command.Checksum!, cancellationToken)))
            .WithSummary("Have a Local Controller stop publishing the firmware with this MD5 checksum (2.0.1 UnpublishFirmware).");
    }
}
