using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.29 LogParametersType: Where to upload a log and which period it covers (GetLogRequest).
/// </summary>
public sealed record LogParametersType
{
    /// <summary>URL to upload the log to.</summary>
    [MaxLength(512)]
    public required string RemoteLocation { get; init; }

    /// <summary>Oldest logging information to include.</summary>
    public DateTime? OldestTimestamp { get; init; }

    /// <summary>Latest logging information to include.</summary>
    public DateTime? LatestTimestamp { get; init; }

    public CustomDataType? CustomData { get; init; }
}
