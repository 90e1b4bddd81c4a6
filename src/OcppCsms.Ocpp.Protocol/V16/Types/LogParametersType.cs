using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.14 LogParametersType: which log entries GetLog.req asks for and where they go.</summary>
public sealed record LogParametersType
{
    /// <summary>The URL the log is uploaded to.</summary>
    [MaxLength(512)]
    public required string RemoteLocation { get; init; }

    public DateTime? OldestTimestamp { get; init; }

    public DateTime? LatestTimestamp { get; init; }
}
