namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.15.1 FirmwareStatusNotificationRequest (use cases L01, L02): the station reports the progress
/// of a firmware update.
/// </summary>
public sealed record FirmwareStatusNotificationRequest
{
    public required FirmwareStatusEnumType Status { get; init; }

    /// <summary>The UpdateFirmwareRequest's id; absent only when triggered with no update under way.</summary>
    public int? RequestId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.15.2 FirmwareStatusNotificationResponse: no fields.</summary>
public sealed record FirmwareStatusNotificationResponse
{
    public CustomDataType? CustomData { get; init; }
}
