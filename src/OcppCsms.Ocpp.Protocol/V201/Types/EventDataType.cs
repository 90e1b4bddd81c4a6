using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.22 EventDataType: An event notified for a component variable in NotifyEventRequest.
/// </summary>
public sealed record EventDataType
{
    /// <summary>Id of the event; other events may name it as their cause.</summary>
    public required int EventId { get; init; }

    /// <summary>When the event was reported.</summary>
    public required DateTime Timestamp { get; init; }

    public required EventTriggerEnumType Trigger { get; init; }

    /// <summary>eventId of the event that caused this one.</summary>
    public int? Cause { get; init; }

    /// <summary>Actual value of the variable.</summary>
    [MaxLength(2500)]
    public required string ActualValue { get; init; }

    /// <summary>Technical (error) code as reported by the component.</summary>
    [MaxLength(50)]
    public string? TechCode { get; init; }

    /// <summary>Technical details as reported by the component.</summary>
    [MaxLength(500)]
    public string? TechInfo { get; init; }

    /// <summary>True when the monitored situation returned to normal.</summary>
    public bool? Cleared { get; init; }

    /// <summary>Transaction the event is linked to.</summary>
    [MaxLength(36)]
    public string? TransactionId { get; init; }

    /// <summary>The monitor that triggered the event.</summary>
    public int? VariableMonitoringId { get; init; }

    public required EventNotificationEnumType EventNotificationType { get; init; }

    public required ComponentType Component { get; init; }

    public required VariableType Variable { get; init; }

    public CustomDataType? CustomData { get; init; }
}
