namespace OcppCsms.Stations.Events;

/// <summary>
/// One event a 2.0.1 station notified about a variable of its device model (NotifyEvent, N07/N08: a monitor tripped,
/// a hard-wired notification), kept as sent together with the part of the message it came in.
/// </summary>
internal sealed class StationEvent
{
    /// <summary>EventDataType: actualValue string[0..2500], techCode [0..50], techInfo [0..500], transactionId [0..36].</summary>
    public const int ActualValueMaxLength = 2500;

    public const int TechCodeMaxLength = 50;

    public const int TechInfoMaxLength = 500;

    public const int TransactionIdMaxLength = 36;

    /// <summary>ComponentType and VariableType: name and instance string[0..50].</summary>
    public const int NameMaxLength = 50;

    /// <summary>The longest word of EventTriggerEnumType (Periodic) and EventNotificationEnumType (PreconfiguredMonitor), with room to spare.</summary>
    public const int EnumMaxLength = 24;

    /// <summary>A version 7 id: time-ordered, so events received in one instant keep their order.</summary>
    public Guid Id { get; init; }

    public required string StationId { get; init; }

    /// <summary>The station's id of the event; a later event may name it as its <see cref="Cause"/>.</summary>
    public int EventId { get; init; }

    /// <summary>When the event happened, by the station's clock.</summary>
    public DateTime Timestamp { get; init; }

    /// <summary>Alerting, Delta or Periodic.</summary>
    public required string Trigger { get; init; }

    public int? Cause { get; init; }

    public required string ActualValue { get; init; }

    public string? TechCode { get; init; }

    public string? TechInfo { get; init; }

    /// <summary>True when the monitored situation returned to normal; null when the station did not say.</summary>
    public bool? Cleared { get; init; }

    /// <summary>The station's transaction id the event belongs to, as sent.</summary>
    public string? TransactionId { get; init; }

    public int? VariableMonitoringId { get; init; }

    /// <summary>HardWiredNotification, HardWiredMonitor, PreconfiguredMonitor or CustomMonitor.</summary>
    public required string EventNotificationType { get; init; }

    public required string ComponentName { get; init; }

    public string? ComponentInstance { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    public required string VariableName { get; init; }

    public string? VariableInstance { get; init; }

    /// <summary>The message's generatedAt, seqNo and tbc: the parts of one report share generatedAt and count seqNo up from 0.</summary>
    public DateTime GeneratedAt { get; init; }

    public int SeqNo { get; init; }

    public bool Tbc { get; init; }

    public DateTime ReceivedAt { get; init; }
}
