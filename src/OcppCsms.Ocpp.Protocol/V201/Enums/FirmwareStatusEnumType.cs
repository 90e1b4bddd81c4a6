namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.33 FirmwareStatusEnumType: Progress of a firmware update in
/// FirmwareStatusNotificationRequest: intermediate states, failure end states and the successful end state
/// Installed.
/// </summary>
public enum FirmwareStatusEnumType
{
    /// <summary>Intermediate state.</summary>
    Downloaded,

    /// <summary>Failure end state.</summary>
    DownloadFailed,

    /// <summary>Intermediate state.</summary>
    Downloading,

    /// <summary>Intermediate state.</summary>
    DownloadScheduled,

    /// <summary>Intermediate state.</summary>
    DownloadPaused,

    /// <summary>Not updating; only in a notification sent on TriggerMessage.</summary>
    Idle,

    /// <summary>Failure end state.</summary>
    InstallationFailed,

    /// <summary>Intermediate state.</summary>
    Installing,

    /// <summary>Successful end state.</summary>
    Installed,

    /// <summary>Intermediate state: about to reboot to install or activate the firmware.</summary>
    InstallRebooting,

    /// <summary>Intermediate state: installation waits for installDateTime.</summary>
    InstallScheduled,

    /// <summary>Failure end state.</summary>
    InstallVerificationFailed,

    /// <summary>Failure end state.</summary>
    InvalidSignature,

    /// <summary>Intermediate state.</summary>
    SignatureVerified,
}
