namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.17 DiagnosticsStatusNotification.req.</summary>
public sealed record DiagnosticsStatusNotificationRequest
{
    public required DiagnosticsStatus Status { get; init; }
}

/// <summary>OCPP 1.6 §6.18 DiagnosticsStatusNotification.conf: no fields.</summary>
public sealed record DiagnosticsStatusNotificationResponse;
