using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>Firmware publishing by a Local Controller (OCPP 2.0.1 part 2 L03, L04).</summary>
internal sealed partial class V201CommandAdapter
{
    /// <summary>L03: PublishFirmwareStatusNotificationRequests repeat the requestId.</summary>
    public Task<CommandResult> PublishFirmwareAsync(string stationId, FirmwarePublication publication, CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "PublishFirmware",
            new PublishFirmwareRequest
            {
                Location = publication.Location,
                Checksum = publication.Checksum,
                RequestId = requestId,
                Retries = publication.Retries,
                RetryInterval = publication.RetryInterval,
            },
            Json.PublishFirmwareRequest, Json.PublishFirmwareResponse, cancellationToken, requestId);
    }

    public Task<CommandResult> UnpublishFirmwareAsync(string stationId, string checksum, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "UnpublishFirmware", new UnpublishFirmwareRequest { Checksum = checksum },
            Json.UnpublishFirmwareRequest, Json.UnpublishFirmwareResponse, cancellationToken);
}
