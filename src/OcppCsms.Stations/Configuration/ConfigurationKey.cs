namespace OcppCsms.Stations.Configuration;

/// <summary>
/// One OCPP 1.6 configuration key of a station (§9) as the CSMS last learnt it: read by GetConfiguration (§5.8, with its
/// read-only flag) or set by an accepted ChangeConfiguration (§5.3).
/// </summary>
internal sealed class ConfigurationKey
{
    /// <summary>1.6 §7.29 KeyValue: a key is at most 50 characters, its value at most 500.</summary>
    public const int KeyMaxLength = 50;

    public const int ValueMaxLength = 500;

    public required string StationId { get; init; }

    public required string Key { get; init; }

    /// <summary>Null when the key is known but not set, and always for a write-only key (see <see cref="ConfigurationKeys"/>).</summary>
    public string? Value { get; set; }

    /// <summary>From GetConfiguration; null until the key has been read.</summary>
    public bool? Readonly { get; set; }

    /// <summary>The station answered RebootRequired to the last change: the value takes effect at its next boot.</summary>
    public bool RebootRequired { get; set; }

    public DateTime? ReadAt { get; set; }

    public DateTime? ChangedAt { get; set; }
}
