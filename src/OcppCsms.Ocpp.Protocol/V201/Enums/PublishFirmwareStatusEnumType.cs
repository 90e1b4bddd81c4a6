namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.65 PublishFirmwareStatusEnumType: Progress of a firmware publication on a Local Controller
/// (PublishFirmwareStatusNotificationRequest).
/// </summary>
public enum PublishFirmwareStatusEnumType
{
    Idle,
    DownloadScheduled,
    Downloading,
    Downloaded,
    Published,
    DownloadFailed,
    DownloadPaused,
    InvalidChecksum,
    ChecksumVerified,
    PublishFailed,
}
