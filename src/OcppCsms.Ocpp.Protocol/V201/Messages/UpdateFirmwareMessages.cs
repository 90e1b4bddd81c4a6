namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.64.1 UpdateFirmwareRequest (use cases L01, L02): the CSMS asks the station to download and
/// install firmware.
/// </summary>
public sealed record UpdateFirmwareRequest
{
    /// <summary>Download attempts after the first; absent leaves it to the station.</summary>
    public int? Retries { get; init; }

    /// <summary>Seconds between attempts.</summary>
    public int? RetryInterval { get; init; }

    /// <summary>Repeated in the FirmwareStatusNotificationRequests of this update.</summary>
    public required int RequestId { get; init; }

    public required FirmwareType Firmware { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.64.2 UpdateFirmwareResponse.</summary>
public sealed record UpdateFirmwareResponse
{
    public required UpdateFirmwareStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
