namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>OCPP 2.0.1 firmware publishing by a Local Controller (part 2 L03, L04); OCPP 1.6 has no such messages.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// L03 PublishFirmware with a requestId the CSMS allocates (<see cref="CommandResult.RequestId"/>), which the Local
    /// Controller's PublishFirmwareStatusNotifications repeat.
    /// </summary>
    Task<CommandResult> PublishFirmwareAsync(string stationId, FirmwarePublication publication, CancellationToken cancellationToken);

    /// <summary>L04 UnpublishFirmware: stop publishing the file with this MD5 checksum.</summary>
    Task<CommandResult> UnpublishFirmwareAsync(string stationId, string checksum, CancellationToken cancellationToken);
}

/// <param name="Location">The URI the Local Controller downloads the firmware from (up to 512 characters).</param>
/// <param name="Checksum">The MD5 of the whole file, 32 hexadecimal digits; it also names the file in UnpublishFirmware.</param>
/// <param name="Retries">Download attempts; absent leaves it to the Local Controller.</param>
/// <param name="RetryInterval">Seconds between attempts; absent leaves it to the Local Controller.</param>
public sealed record FirmwarePublication(string Location, string Checksum, int? Retries = null, int? RetryInterval = null);
