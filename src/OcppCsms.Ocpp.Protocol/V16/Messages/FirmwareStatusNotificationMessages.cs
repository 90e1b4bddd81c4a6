namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.19 FirmwareStatusNotification.req.</summary>
public sealed record FirmwareStatusNotificationRequest
{
    public required FirmwareStatus Status { get; init; }
}

/// <summary>OCPP 1.6 §6.20 FirmwareStatusNotification.conf: no fields.</summary>
public sealed record FirmwareStatusNotificationResponse;
