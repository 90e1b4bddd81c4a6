namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.13 LogStatusNotification.req.</summary>
public sealed record LogStatusNotificationRequest
{
    public required UploadLogStatusEnumType Status { get; init; }

    /// <summary>The requestId of the GetLog.req that started the upload.</summary>
    public int? RequestId { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.14 LogStatusNotification.conf: no fields.</summary>
public sealed record LogStatusNotificationResponse;
