using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.49.1 SecurityEventNotificationRequest (use case A04): the station reports a security event.
/// </summary>
public sealed record SecurityEventNotificationRequest
{
    /// <summary>
    /// The event's name, normally one of the Security Events list (Appendices, appendix 1), e.g. SettingSystemTime.
    /// </summary>
    [MaxLength(50)]
    public required string Type { get; init; }

    /// <summary>When the event occurred.</summary>
    public required DateTime Timestamp { get; init; }

    [MaxLength(255)]
    public string? TechInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.49.2 SecurityEventNotificationResponse: no fields.</summary>
public sealed record SecurityEventNotificationResponse
{
    public CustomDataType? CustomData { get; init; }
}
