namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.31.1 LogStatusNotificationRequest (use case N01): the station reports the progress of a log
/// upload.
/// </summary>
public sealed record LogStatusNotificationRequest
{
    public required UploadLogStatusEnumType Status { get; init; }

    /// <summary>The GetLogRequest's id; absent only when triggered with no upload under way.</summary>
    public int? RequestId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.31.2 LogStatusNotificationResponse: no fields.</summary>
public sealed record LogStatusNotificationResponse
{
    public CustomDataType? CustomData { get; init; }
}
