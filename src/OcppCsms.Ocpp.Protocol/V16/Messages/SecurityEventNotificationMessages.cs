using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.15 SecurityEventNotification.req.</summary>
public sealed record SecurityEventNotificationRequest
{
    /// <summary>The security event, one of the whitepaper's list (§8) or another.</summary>
    [MaxLength(50)]
    public required string Type { get; init; }

    public required DateTime Timestamp { get; init; }

    /// <summary>Additional information about the event.</summary>
    [MaxLength(255)]
    public string? TechInfo { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.16 SecurityEventNotification.conf: no fields.</summary>
public sealed record SecurityEventNotificationResponse;
