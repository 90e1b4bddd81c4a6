namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.5 BootReasonEnumType: Why the Charging Station (re)booted, as told in
/// BootNotificationRequest.
/// </summary>
public enum BootReasonEnumType
{
    ApplicationReset,
    FirmwareUpdate,
    LocalReset,
    PowerUp,
    RemoteReset,
    ScheduledReset,
    Triggered,
    Unknown,
    Watchdog,
}
