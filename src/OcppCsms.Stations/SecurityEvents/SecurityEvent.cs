namespace OcppCsms.Stations.SecurityEvents;

/// <summary>A security event a station reported (1.6 security whitepaper §5.15, OCPP 2.0.1 A04).</summary>
internal sealed class SecurityEvent
{
    /// <summary>Both versions: <c>type</c> is string[0..50], <c>techInfo</c> string[0..255].</summary>
    public const int TypeMaxLength = 50;

    public const int TechInfoMaxLength = 255;

    public Guid Id { get; init; }

    public required string StationId { get; init; }

    /// <summary>The event, normally one of the lists' names (whitepaper §8, 2.0.1 appendix 1), e.g. <c>TamperDetectionActivated</c>.</summary>
    public required string Type { get; init; }

    /// <summary>When it happened, by the station's clock.</summary>
    public DateTime Timestamp { get; init; }

    public string? TechInfo { get; init; }

    /// <summary>Whether the list of the station's version marks this event critical.</summary>
    public bool Critical { get; init; }

    public DateTime ReceivedAt { get; init; }
}
