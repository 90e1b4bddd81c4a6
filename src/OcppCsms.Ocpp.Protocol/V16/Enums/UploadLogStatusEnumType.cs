namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.19 UploadLogStatusEnumType: the progress of a log upload in LogStatusNotification.req.</summary>
public enum UploadLogStatusEnumType
{
    BadMessage,
    Idle,
    NotSupportedOperation,
    PermissionDenied,
    Uploaded,
    UploadFailure,
    Uploading,
}
