namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.87 UploadLogStatusEnumType: Progress of a log upload in LogStatusNotificationRequest.
/// </summary>
public enum UploadLogStatusEnumType
{
    BadMessage,

    /// <summary>Not uploading; only in a notification sent on TriggerMessage.</summary>
    Idle,

    NotSupportedOperation,

    PermissionDenied,

    Uploaded,

    UploadFailure,

    Uploading,

    /// <summary>A running upload was canceled for a newly accepted request.</summary>
    AcceptedCanceled,
}
