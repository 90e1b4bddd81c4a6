namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.25 FirmwareStatus: the progress of a firmware update in FirmwareStatusNotification.req.</summary>
public enum FirmwareStatus
{
    Downloaded,
    DownloadFailed,
    Downloading,
    Idle,
    InstallationFailed,
    Installing,
    Installed,
}
