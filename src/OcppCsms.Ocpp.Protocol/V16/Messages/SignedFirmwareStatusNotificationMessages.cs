namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.19 SignedFirmwareStatusNotification.req (2.0.1's FirmwareStatusNotificationRequest, renamed).</summary>
public sealed record SignedFirmwareStatusNotificationRequest
{
    public required FirmwareStatusEnumType Status { get; init; }

    /// <summary>The requestId of the SignedUpdateFirmware.req; absent only when triggered with no update in progress.</summary>
    public int? RequestId { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.20 SignedFirmwareStatusNotification.conf: no fields.</summary>
public sealed record SignedFirmwareStatusNotificationResponse;
