using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>OCPP 1.6 has no Local Controller firmware publishing (2.0.1 L03, L04): nothing is sent.</summary>
internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> PublishFirmwareAsync(string stationId, FirmwarePublication publication, CancellationToken cancellationToken) =>
        Only201("PublishFirmware");

    public Task<CommandResult> UnpublishFirmwareAsync(string stationId, string checksum, CancellationToken cancellationToken) =>
        Only201("UnpublishFirmware");
}
