namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.24 DiagnosticsStatus: the progress of a diagnostics upload in DiagnosticsStatusNotification.req.</summary>
public enum DiagnosticsStatus
{
    Idle,
    Uploaded,
    UploadFailed,
    Uploading,
}
