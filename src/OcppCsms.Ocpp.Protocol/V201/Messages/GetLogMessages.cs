using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.24.1 GetLogRequest (use case N01): the CSMS asks the station to upload a log file.
/// </summary>
public sealed record GetLogRequest
{
    public required LogEnumType LogType { get; init; }

    /// <summary>Repeated in the LogStatusNotificationRequests of this upload.</summary>
    public required int RequestId { get; init; }

    /// <summary>Upload attempts after the first; absent leaves it to the station.</summary>
    public int? Retries { get; init; }

    /// <summary>Seconds between attempts.</summary>
    public int? RetryInterval { get; init; }

    public required LogParametersType Log { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.24.2 GetLogResponse.</summary>
public sealed record GetLogResponse
{
    public required LogStatusEnumType Status { get; init; }

    /// <summary>The name of the file that will be uploaded; absent when there is no log data.</summary>
    [MaxLength(255)]
    public string? Filename { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
