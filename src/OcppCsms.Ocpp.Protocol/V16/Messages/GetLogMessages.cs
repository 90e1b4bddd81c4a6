using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.9 GetLog.req.</summary>
public sealed record GetLogRequest
{
    public required LogEnumType LogType { get; init; }

    /// <summary>Identifies the upload in the LogStatusNotification.req messages that follow.</summary>
    public required int RequestId { get; init; }

    /// <summary>How many times to retry the upload; absent leaves it to the Charge Point.</summary>
    public int? Retries { get; init; }

    /// <summary>Seconds between attempts; absent leaves it to the Charge Point.</summary>
    public int? RetryInterval { get; init; }

    public required LogParametersType Log { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.10 GetLog.conf.</summary>
public sealed record GetLogResponse
{
    public required LogStatusEnumType Status { get; init; }

    /// <summary>The name of the log file that will be uploaded; absent when there is no logging information.</summary>
    [MaxLength(255)]
    public string? Filename { get; init; }
}
